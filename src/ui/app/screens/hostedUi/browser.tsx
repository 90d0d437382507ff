/** The hosted UI flow's browser screen: the app's status above the simulated browser (lazily loaded, with its renderer). */
import { lazy, Suspense } from 'react';
import type { EventObject } from 'xstate';
import type { BrowserState } from '../../../../flows/hostedUi/browse';
import type { HostedUiContext } from '../../../../flows/hostedUi/setup';
import { Busy, ErrorBox, type ScreenProps } from '../../screenKit';
import { ServerSettings } from './server';

const BrowserPane = lazy(() => import('../../../browser/BrowserPane').then((m) => ({ default: m.BrowserPane })));

/** The pane for any of the flow's screens: it sends the browser's events when the machine takes them. */
export function BrowserView(props: ScreenProps) {
  const { browser } = props.context as unknown as Partial<HostedUiContext>;
  const can = (event: EventObject) => props.interactive && props.can(event);
  return (
    <Suspense fallback={<p className="panel-loading">Loading the browser…</p>}>
      <BrowserPane
        browser={browser as BrowserState | undefined}
        interactive={can({ type: 'browser.back' })}
        onNavigate={(url) => props.send({ type: 'browser.navigate', url } as EventObject)}
        onSubmit={(button, values) => props.send({ type: 'browser.submit', button, values } as EventObject)}
        onBack={() => props.send({ type: 'browser.back' })}
      />
    </Suspense>
  );
}

/** The code grant's PKCE pair, as the app holds it: the verifier stays in the app; only the challenge went out. */
export function PkcePair(props: ScreenProps) {
  const { pkce } = props.context as unknown as Partial<HostedUiContext>;
  if (!pkce) return null;
  return (
    <dl className="attributes attributes-stacked" aria-label="PKCE">
      <div>
        <dt>code_verifier (kept by the app)</dt>
        <dd className="mono">{pkce.verifier}</dd>
      </div>
      <div>
        <dt>code_challenge = BASE64URL(SHA-256(verifier))</dt>
        <dd className="mono">{pkce.challenge}</dd>
      </div>
    </dl>
  );
}

export function HostedUiBrowser(props: ScreenProps) {
  const { error } = props.context as unknown as Partial<HostedUiContext>;
  return (
    <div className="screen" role="group" aria-label="Hosted UI">
      <h3 className="screen-title">Signing in with the hosted UI</h3>
      <PkcePair {...props} />
      <Busy busy={props.busy} />
      {error && <ErrorBox {...props} />}
      {error?.code === 'invalid_client' && (
        <p className="screen-text">
          The token endpoint could not authenticate the app client, and says no more than <code>invalid_client</code>: check the client ID and the secret the
          app’s server sends (the console can show the secret).
        </p>
      )}
      {props.state === 'callbackRefused' && <ServerSettings {...props} />}
      <BrowserView {...props} />
    </div>
  );
}
