import { mkdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, request, type APIRequestContext, type Page } from "@playwright/test";
import { API_CLIENT_HEADER } from "@kontaktplan/schema";

export const PASSWORD = "kontaktplan-demo";
const SCREENSHOTS = join(import.meta.dirname, "..", "test-results", "screenshots");

export function baseUrl(): string {
  const url = process.env["KONTAKTPLAN_E2E_URL"];
  if (!url) throw new Error("KONTAKTPLAN_E2E_URL is not set: global-setup did not run");
  return url;
}

/** Open the login page and send it an e-mail and a password (the caller checks what follows). */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl()}/`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Adgangskode").fill(password);
  await page.getByRole("button", { name: "Log ind" }).click();
}

/** Sign in through the login page and wait for the role's start page. */
export async function login(page: Page, email: string, startHeading: string): Promise<void> {
  await submitLogin(page, email, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: startHeading })).toBeVisible();
}

/** Every WCAG 2.1 A/AA rule axe knows must pass on the page as it is now. */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** An API session of its own (for looking up seeded data the way the UI would). */
export async function apiAs(email: string): Promise<APIRequestContext> {
  // The portal's client header: the server refuses changes without it (CSRF guard).
  const api = await request.newContext({ baseURL: baseUrl(), extraHTTPHeaders: { [API_CLIENT_HEADER]: "e2e" } });
  const res = await api.post("/trpc/auth.login", { data: { email, password: PASSWORD } });
  expect(res.ok()).toBe(true);
  return api;
}

export async function query<T>(api: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const get = () => api.get(`/trpc/${path}`, { params: input === undefined ? {} : { input: JSON.stringify(input) } });
  // A kept-alive connection the server closed while idle resets the next request on it: a read is asked again.
  const res = await get().catch((error: unknown) => (String(error).includes("ECONNRESET") ? get() : Promise.reject(error)));
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}

/** Call a mutation as the session's user, the way the UI would (for setting up what another role does). */
export async function mutate<T>(api: APIRequestContext, path: string, input: unknown): Promise<T> {
  const res = await api.post(`/trpc/${path}`, { data: input });
  expect(res.ok(), await res.text()).toBe(true);
  return ((await res.json()) as { result: { data: T } }).result.data;
}
