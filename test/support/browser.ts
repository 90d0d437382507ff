import { Window } from 'happy-dom';
import type { Cloud } from '../../src/engine';

// A browser for the hosted UI's tests, over cloud.fetch with `redirect: 'manual'`: it keeps the cookies each answer sets
// (by name; the hosted UI sets them all on Path=/ of one host) and sends them back, and reads forms out of the HTML.
// It is deliberately not the app's own browser (src/flows/hostedUi/browse.ts): the engine's tests judge the site with a
// client of their own, so a mistake shared by the site and the app's browser cannot hide behind itself.

export interface Hop {
  status: number;
  location: string | null;
  setCookie: string | null;
  body: string;
}

export class TestBrowser {
  readonly cookies = new Map<string, { value: string; expires?: number }>();

  constructor(private readonly cloud: Cloud) {}

  /** One request, no redirect followed; cookies sent and kept. Relative URLs resolve against `base`. */
  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}, base?: string): Promise<Hop & { url: string }> {
    const target = new URL(url, base).href;
    const headers: Record<string, string> = {};
    const cookie = this.cookieHeader();
    if (cookie) headers['cookie'] = cookie;
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await this.cloud.fetch(target, { method: init.method ?? (body ? 'POST' : 'GET'), headers, ...(body ? { body } : {}), redirect: 'manual' });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.keep(setCookie);
    return { url: target, status: response.status, location: response.headers.get('location'), setCookie, body: await response.text() };
  }

  /** Follows redirects on the hosted UI's host hop by hop, stopping at a page or at a redirect off the domain (the app's callback). */
  async visit(
    url: string,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<{ hops: (Hop & { url: string })[]; last: Hop & { url: string } }> {
    const hops = [await this.request(url, init)];
    for (;;) {
      const last = hops.at(-1)!;
      if (last.status !== 302 || !last.location) return { hops, last };
      const next = new URL(last.location, last.url);
      if (next.host !== new URL(last.url).host) return { hops, last };
      hops.push(await this.request(next.href));
    }
  }

  /** Submits the page's first form: its fields as the page filled them, with `values` typed over them. */
  async submit(page: Hop & { url: string }, values: Record<string, string>) {
    const form = formOf(page.body);
    return this.visit(new URL(form.action, page.url).href, { method: 'POST', form: { ...form.fields, ...values } });
  }

  private keep(header: string) {
    const [pair, ...attributes] = header.split(';');
    const eq = pair!.indexOf('=');
    const name = pair!.slice(0, eq).trim();
    const expires = attributes.map((a) => a.trim()).find((a) => a.toLowerCase().startsWith('expires='));
    const at = expires ? Date.parse(expires.slice(8)) : undefined;
    this.cookies.set(name, { value: pair!.slice(eq + 1).trim(), ...(at !== undefined ? { expires: at } : {}) });
  }

  private cookieHeader(): string {
    const now = this.cloud.clock.now();
    return [...this.cookies]
      .filter(([, c]) => c.expires === undefined || c.expires > now)
      .map(([name, c]) => `${name}=${c.value}`)
      .join('; ');
  }
}

const parser = new new Window().DOMParser();

/** The first form of a page: its action and its fields' current values. */
export function formOf(html: string): { action: string; fields: Record<string, string>; labels: string[] } {
  const doc = parser.parseFromString(html, 'text/html');
  const form = doc.querySelector('form');
  if (!form) throw new Error(`No form on the page: ${html.slice(0, 300)}`);
  const fields: Record<string, string> = {};
  for (const input of form.querySelectorAll('input')) fields[input.getAttribute('name')!] = input.getAttribute('value') ?? '';
  const labels = [...form.querySelectorAll('label')].map((l) => `${l.getAttribute('for')}:${l.textContent}`);
  return { action: form.getAttribute('action')!, fields, labels };
}

/** The text of the page's element with a role (alert, status, note), or undefined. */
export function roleText(html: string, role: string): string | undefined {
  const doc = parser.parseFromString(html, 'text/html');
  return doc.querySelector(`[role="${role}"]`)?.textContent ?? undefined;
}

/** The href of the page's link whose text is `text`. */
export function linkHref(html: string, text: string): string {
  const doc = parser.parseFromString(html, 'text/html');
  const link = [...doc.querySelectorAll('a')].find((a) => a.textContent === text);
  if (!link) throw new Error(`No link "${text}" on the page`);
  return link.getAttribute('href')!;
}
