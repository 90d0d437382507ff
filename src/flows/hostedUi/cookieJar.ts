/**
 * The simulated browser's cookie jar: tough-cookie's RFC 6265 rules (Domain, Path, Secure, HttpOnly), with every expiry
 * judged at the cloud's clock, never the wall clock (the simulated date is not today's).
 */
import { Cookie, CookieJar, MemoryCookieStore, type SerializedCookieJar } from 'tough-cookie';

export type { SerializedCookieJar };

export function newJar(): CookieJar {
  return new CookieJar(new MemoryCookieStore());
}

export function restoreJar(serialized: SerializedCookieJar): CookieJar {
  return CookieJar.deserializeSync(serialized, new MemoryCookieStore());
}

/** Stores an answer's `Set-Cookie` values as a browser does at `now`; one the rules refuse is dropped silently. */
export function storeCookies(jar: CookieJar, url: string, setCookies: readonly string[], now: number): void {
  for (const header of setCookies) {
    const cookie = Cookie.parse(header);
    if (!cookie) continue;
    // Max-Age counts from the moment the browser received it: the cloud's now, not the wall clock's.
    if (typeof cookie.maxAge === 'number') {
      cookie.expires = new Date(now + cookie.maxAge * 1000);
      cookie.maxAge = null;
    }
    try {
      jar.setCookieSync(cookie, url, { ignoreError: true });
    } catch {
      // A cookie for another domain: browsers ignore it.
    }
  }
}

/** The cookies the browser sends to `url` at `now`: the jar's matches, less those expired at the cloud's clock. */
export function cookiesFor(jar: CookieJar, url: string, now: number): Cookie[] {
  return jar.getCookiesSync(url, { expire: false }).filter((cookie) => {
    const expiry = cookie.expiryTime();
    return expiry === undefined || !Number.isFinite(expiry) || expiry > now;
  });
}

/** The `Cookie` header for `url` at `now`. */
export function cookieHeader(jar: CookieJar, url: string, now: number): string {
  return cookiesFor(jar, url, now)
    .map((cookie) => cookie.cookieString())
    .join('; ');
}
