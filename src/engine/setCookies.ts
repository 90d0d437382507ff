/**
 * The `Set-Cookie` values of the answers `cloud.fetch` gives, kept beside each Response. A browser's fetch hides Set-Cookie
 * from script (a forbidden response header: `new Response` drops it in Chromium), so the simulator's own browser pane
 * reads it here; in Node the header stays, and `response.headers.getSetCookie()` gives the same. A module of its own, so
 * a lazily loaded reader shares only these lines with the engine.
 */
const SET_COOKIES = new WeakMap<Response, string[]>();

export function keepSetCookies(response: Response, values: string[]): void {
  SET_COOKIES.set(response, values);
}

export function setCookiesOf(response: Response): string[] {
  return SET_COOKIES.get(response) ?? response.headers.getSetCookie();
}
