import { SESSION_COOKIE } from "@kontaktplan/api";

/**
 * One session cookie, held by the main process: the caseworker's session on the local router, or
 * the one on the server the sync talks to. Routers set and clear it through `Set-Cookie` as they
 * do for a browser, but the token never reaches the renderer.
 */
export class SessionCookie {
  #token: string | null = null;
  readonly #listeners = new Set<(signedIn: boolean) => void>();

  get signedIn(): boolean {
    return this.#token !== null;
  }

  /** The `Cookie` header to send, or undefined when signed out. */
  header(): string | undefined {
    return this.#token === null ? undefined : `${SESSION_COOKIE}=${this.#token}`;
  }

  /** Take a `Set-Cookie` value: a new session on login, an empty or expired one on logout. Other cookies are ignored. */
  accept(setCookieHeader: string): void {
    const [pair = "", ...attributes] = setCookieHeader.split(";");
    const eq = pair.indexOf("=");
    if (eq < 0 || pair.slice(0, eq).trim() !== SESSION_COOKIE) return;
    const value = pair.slice(eq + 1).trim();
    const expired = attributes.some((a) => /^\s*max-age\s*=\s*0\s*$/i.test(a));
    this.#set(value === "" || expired ? null : value);
  }

  clear(): void {
    this.#set(null);
  }

  /** Called whenever the cookie goes from signed in to signed out or back. */
  onChange(listener: (signedIn: boolean) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(token: string | null): void {
    const was = this.signedIn;
    this.#token = token;
    if (was !== this.signedIn) for (const listener of this.#listeners) listener(this.signedIn);
  }
}
