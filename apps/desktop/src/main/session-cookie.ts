import { SESSION_COOKIE } from "@kontaktplan/api";

/** How long before its end a refused session still counts as simply expired. */
const EXPIRY_MARGIN_MS = 5 * 60 * 1000;

/**
 * One session cookie, held by the main process: the caseworker's session on the local router, or
 * the one on the server the sync talks to. Routers set and clear it through `Set-Cookie` as they
 * do for a browser, but the token never reaches the renderer.
 */
export class SessionCookie {
  #token: string | null = null;
  /** When the session runs out by itself (its `Max-Age`, by this machine's clock); null when unknown. */
  #expiresAt: number | null = null;
  readonly #listeners = new Set<(signedIn: boolean) => void>();

  get signedIn(): boolean {
    return this.#token !== null;
  }

  /**
   * Whether the session should still be alive at `now`: signed in and not yet at its end (less a
   * margin for clocks and network). A refusal before then means the server ended it on purpose.
   */
  unexpiredAt(now: number): boolean {
    return this.#token !== null && this.#expiresAt !== null && now < this.#expiresAt - EXPIRY_MARGIN_MS;
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
    const maxAge = attributes.map((a) => /^\s*max-age\s*=\s*(\d+)\s*$/i.exec(a)?.[1]).find((v) => v !== undefined);
    const token = value === "" || maxAge === "0" ? null : value;
    this.#expiresAt = token !== null && maxAge !== undefined ? Date.now() + Number(maxAge) * 1000 : null;
    this.#set(token);
  }

  clear(): void {
    this.#expiresAt = null;
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
