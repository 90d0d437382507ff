/**
 * The simulated browser: an address bar, Back, the page the cloud served (rendered inert), and the redirect chain that led
 * to it, hop by hop. Every request it makes goes through the flow (`browser.navigate`, `browser.submit`, `browser.back`),
 * so through the simulated cloud; its state is the flow's, so persistence, replay and Previous step keep it.
 */
import { useId } from 'react';
import type { BrowserState, PageEntry } from '../../flows/hostedUi/browse';
import { inertPage } from './inertHtml';

interface Props {
  browser: BrowserState | undefined;
  interactive: boolean;
  onNavigate(url: string): void;
  onSubmit(button: string, values: Record<string, string>): void;
  onBack(): void;
}

function Page({ page, props, idPrefix }: { page: PageEntry; props: Props; idPrefix: string }) {
  if (page.contentType === 'app') {
    const url = new URL(page.url);
    const params = [...url.searchParams, ...new URLSearchParams(url.hash.slice(1))];
    return (
      <div className="browser-app-page">
        <p>The app’s own page. It reads what the redirect put in its address{url.hash ? ' (after the #, which never leaves the browser)' : ''}:</p>
        <dl className="attributes">
          {params.map(([name, value]) => (
            <div key={name}>
              <dt className="mono">{name}</dt>
              <dd className="mono">{value.length > 48 ? `${value.slice(0, 44)}…` : value}</dd>
            </div>
          ))}
        </dl>
      </div>
    );
  }
  if (page.contentType.includes('json')) return <pre className="browser-json">{page.body}</pre>;
  return (
    <div className="browser-page">
      {inertPage(page.body, page.url, { interactive: props.interactive, onFollow: props.onNavigate, onSubmit: props.onSubmit, idPrefix })}
    </div>
  );
}

/** A URL as the chain lists it: the path with its query cut short (the full URL is the item's title). */
function short(url: string): string {
  const parsed = new URL(url, 'https://relative.invalid');
  const where = url.startsWith('/') ? parsed.pathname : `${parsed.host}${parsed.pathname}`;
  const rest = `${parsed.search}${parsed.hash}`;
  return rest.length > 40 ? `${where}${rest.slice(0, 36)}…` : `${where}${rest}`;
}

export function BrowserPane(props: Props) {
  const idPrefix = useId();
  const page = props.browser?.history[props.browser.index];
  return (
    <section className="browser" role="region" aria-label="Browser">
      <p className="browser-label small">Simulated browser: the pages come from the simulated cloud; none of their scripts run.</p>
      <div className="browser-bar">
        <button
          type="button"
          className="button button-small"
          disabled={!props.interactive || !props.browser || props.browser.index <= 0}
          onClick={props.onBack}
        >
          Back
        </button>
        <form
          className="browser-address"
          onSubmit={(event) => {
            event.preventDefault();
            const value = new FormData(event.currentTarget).get('address');
            if (props.interactive && typeof value === 'string' && value) props.onNavigate(value);
          }}
        >
          <label htmlFor={`${idPrefix}address`} className="sr-only">
            Address
          </label>
          <input id={`${idPrefix}address`} name="address" key={page?.url ?? ''} defaultValue={page?.url ?? ''} disabled={!props.interactive} className="mono" />
        </form>
      </div>
      {page ? <Page page={page} props={props} idPrefix={idPrefix} /> : <p className="screen-text">Nothing opened yet.</p>}
      {page && page.chain.length > 0 && (
        <ol className="browser-chain" aria-label="Redirect chain">
          {page.chain.map((hop, i) => (
            <li key={i} className="mono small" title={hop.location ? `${hop.url}\nLocation: ${hop.location}` : hop.url}>
              {hop.method} {short(hop.url)} → <strong>{hop.status}</strong>
              {hop.location ? ` Location: ${short(hop.location)}` : ''}
              {hop.setCookies.length ? ` · Set-Cookie: ${hop.setCookies.map((c) => c.split(';')[0]!.split('=')[0]).join(', ')}` : ''}
            </li>
          ))}
          {page.contentType === 'app' && <li className="mono small">{short(page.url)} (the app’s own page: not fetched)</li>}
        </ol>
      )}
    </section>
  );
}
