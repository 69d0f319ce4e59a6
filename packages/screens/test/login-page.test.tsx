import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, screen } from "@testing-library/react";
import { LoginPage } from "../src/pages/LoginPage.js";
import { fakeApi, renderWithApi } from "./support/fake-api.js";

afterEach(cleanup);

describe("LoginPage", () => {
  it("shows the schema's Danish message beside each empty field without calling the server", () => {
    const { client, calls } = fakeApi(() => ({ data: null }));
    renderWithApi(<LoginPage />, client);
    fireEvent.click(screen.getByRole("button", { name: "Log ind" }));
    const email = screen.getByLabelText("E-mail");
    expect(email.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(email.getAttribute("aria-describedby")!)?.textContent).toBe("Må ikke være tom");
    expect(screen.getAllByText("Må ikke være tom")).toHaveLength(2);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(calls).toEqual([]);
  });
});
