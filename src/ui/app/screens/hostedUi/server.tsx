/**
 * The hosted UI flow's confidential client, on screen: the console's choice of app client type, the client secret shown
 * masked (revealed on request) as the console shows it, and the app's server settings (the secret it sends, PKCE).
 */
import { useId, useState } from 'react';
import type { EventObject } from 'xstate';
import type { HostedUiContext } from '../../../../flows/hostedUi/setup';
import { AppField, type ScreenProps } from '../../screenKit';

const viewOf = (props: ScreenProps) => props.context as unknown as Partial<HostedUiContext>;

const TYPES = [
  { value: 'public', label: 'Public client', hint: 'the article’s app client: a browser app, no secret' },
  { value: 'confidential', label: 'Confidential client', hint: 'a server-side web app: the console creates a new client with a secret' },
] as const;

/** App integration's "App client type": which client the settings are saved to. */
export function ClientTypeChoice(props: ScreenProps) {
  const id = useId();
  const chosen = props.context.form?.['clientType'] === 'confidential' ? 'confidential' : 'public';
  return (
    <fieldset className="field">
      <legend>App client type</legend>
      {TYPES.map((type) => (
        <div key={type.value}>
          <input
            type="radio"
            id={`${id}${type.value}`}
            name={`${id}clientType`}
            value={type.value}
            checked={chosen === type.value}
            disabled={!props.interactive}
            onChange={() => props.send({ type: 'form.change', field: 'clientType', value: type.value } as EventObject)}
          />{' '}
          <label htmlFor={`${id}${type.value}`}>
            {type.label} <span className="small">({type.hint})</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** The confidential client as the console lists it: its id, and its secret masked until the developer reveals it. */
export function ClientSecret(props: ScreenProps) {
  const { server } = viewOf(props);
  const [shown, setShown] = useState(false);
  if (!server) return null;
  return (
    <dl className="attributes attributes-stacked" aria-label="Confidential app client">
      <div>
        <dt>Client ID (article-server-app)</dt>
        <dd className="mono">{server.clientId}</dd>
      </div>
      <div>
        <dt>Client secret</dt>
        <dd className="mono">
          <span aria-live="polite">{shown ? server.clientSecret : '•'.repeat(16)}</span>{' '}
          <button type="button" className="button button-small" aria-pressed={shown} onClick={() => setShown(!shown)}>
            {shown ? 'Hide client secret' : 'Show client secret'}
          </button>
        </dd>
      </div>
    </dl>
  );
}

/**
 * The app's server: the secret it sends to the token endpoint (its own copy, which may be mistyped) and whether it uses
 * PKCE. These are the app's settings, not the pool's: they apply to the next sign-in without saving anything.
 */
export function ServerSettings(props: ScreenProps) {
  const { server } = viewOf(props);
  const id = useId();
  if (!server) return null;
  const pkce = props.context.form?.['pkce'] !== 'off';
  const editable = props.interactive && props.can({ type: 'form.change', field: 'pkce', value: 'off' } as EventObject);
  return (
    <section aria-label="The app’s server">
      <h4>The app’s server</h4>
      <p className="screen-text small">
        Only the server holds the secret. It sends it to /oauth2/token in an Authorization: Basic header; the browser never sees it. These settings apply to the
        next sign-in.
      </p>
      <AppField {...props} interactive={editable} field="serverSecret" label="Client secret the server sends" type="password" />
      <div className="field">
        <input
          type="checkbox"
          id={`${id}pkce`}
          checked={pkce}
          disabled={!editable}
          onChange={() => props.send({ type: 'form.change', field: 'pkce', value: pkce ? 'off' : 'on' } as EventObject)}
        />{' '}
        <label htmlFor={`${id}pkce`}>Send PKCE too (recommended: the secret proves which app exchanges a code, PKCE that it is the same sign-in)</label>
      </div>
    </section>
  );
}
