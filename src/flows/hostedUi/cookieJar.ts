/**
 * The simulated browser's cookie jar: tough-cookie's RFC 6265 rules (Domain, Path, Secure, HttpOnly), with every expiry
 * judged at the cloud's clock, never the wall clock (the simulated date is not today's).
 */
import { Cookie, CookieJar, MemoryCookieStore, type SerializedCookieJar } from 'tough-cookie';

export type { SerializedCookieJar };

export function newJar(): CookieJar {
  return new CookieJar(new MemoryCookieStore());
}

/**
 * The jar as JSON for the browser's state. tough-cookie stamps `lastAccessed` from the wall clock whenever a cookie is
 * read, so it is left out: the state (and a replay of it) depends on the cloud's clock only.
 */
export function serializeJar(jar: CookieJar): SerializedCookieJar {
  const serialized = jar.serializeSync()!;
  for (const cookie of serialized.cookies) delete cookie['lastAccessed'];
  return serialized;
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
      // `now` dates the cookie's creation, which orders cookies of equal paths (RFC 6265 §5.4).
      jar.setCookieSync(cookie, url, { ignoreError: true, now: new Date(now) });
    } catch {
      // A cookie for another domain: browsers ignore it.
    }
  }
}

/** The cookies the browser sends to `url` at `now`: the jar's matches, less those expired at the cloud's clock. */
export function cookiesFor(jar: CookieJar, url: string, now: number): Cookie[] {
  return jar.getCookiesSync(url, { expire: false, sort: true }).filter((cookie) => {
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
