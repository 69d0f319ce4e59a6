import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { LoginPage } from "../src/pages/LoginPage.js";

afterEach(cleanup);

describe("LoginPage", () => {
  it("shows the schema's Danish message beside each empty field without calling the server", () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <LoginPage />
      </QueryClientProvider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Log ind" }));
    const email = screen.getByLabelText("E-mail");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(email.getAttribute("aria-describedby")!)?.textContent).toBe("Må ikke være tom");
    expect(screen.getAllByText("Må ikke være tom")).toHaveLength(2);
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
