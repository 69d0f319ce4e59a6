import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "../src/query-client.js";
import { ApiProvider, useApi } from "../src/api.js";
import { fakeApi } from "./support/fake-api.js";

afterEach(cleanup);

function Probe({ expected }: { expected: unknown }) {
  return <p>{useApi() === expected ? "same client" : "another client"}</p>;
}

describe("ApiProvider", () => {
  it("hands the screens below it the app's client, the nearest provider's", () => {
    const outer = fakeApi(() => ({ data: null })).client;
    const inner = fakeApi(() => ({ data: null })).client;
    render(
      <QueryClientProvider client={createQueryClient()}>
        <ApiProvider client={outer}>
          <Probe expected={outer} />
          <ApiProvider client={inner}>
            <Probe expected={inner} />
          </ApiProvider>
        </ApiProvider>
      </QueryClientProvider>,
    );
    expect(screen.getAllByText("same client")).toHaveLength(2);
  });

  it("refuses a screen rendered without one, instead of calling nowhere", () => {
    // React reports the thrown error on the console as well; keep the test output clean.
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(() => render(<Probe expected={null} />)).toThrow("can only be used inside of a <TRPCProvider>");
    consoleError.mockRestore();
  });
});
