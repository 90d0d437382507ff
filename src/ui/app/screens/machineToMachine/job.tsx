/** The back-end job's screen: its client id and secret, its token request, the token it holds, and your API's answer. */
import type { ReactNode } from 'react';
import type { EventObject } from 'xstate';
import { INVENTORY_SCOPE } from '../../../../engine';
import type { FlowError } from '../../../../flows/types';
import { AppButton, AppField, Busy, type ScreenProps } from '../../screenKit';
import type { MachineToMachineContext } from '../../../../flows/machineToMachine/setup';

export const viewOf = (props: ScreenProps) => props.context as unknown as Partial<MachineToMachineContext>;

/** Each error of this flow in plain words: the console's, the token endpoint's (RFC 6749 §5.2) and your API's (RFC 6750 §3.1). */
function wordsFor(error: FlowError): string {
  switch (error.code) {
    case 'InvalidParameterException':
      return 'The console refused a value of the form.';
    case 'InvalidOAuthFlowException':
      return 'These OAuth settings do not go together: client_credentials needs a client secret, and no code or implicit grant beside it.';
    case 'ScopeDoesNotExistException':
      return 'No resource server of this pool defines that scope (write it as <identifier>/<scope name>).';
    case 'invalid_client':
      return 'The token endpoint could not authenticate the client: the secret is wrong or missing.';
    case 'invalid_scope':
      return 'None of the scopes asked for may be granted to this client.';
    case 'unauthorized_client':
      return 'This client is not allowed the client_credentials grant.';
    case 'insufficient_scope':
      return 'Your API verified the token, but it lacks the scope this resource needs (403).';
    case 'invalid_token':
      return 'Your API could not verify the token (401).';
    default:
      return error.code.startsWith('HTTP ') ? 'Your API refused the call.' : 'The request was refused.';
  }
}

/** The error in words, with the code and message as AWS (or your API) sent them. */
export function OAuthError(props: ScreenProps) {
  const error = props.context.error;
  if (!error) return null;
  return (
    <div className="app-error" role="alert">
      <p>
        <strong>{wordsFor(error)}</strong> — <span className="aws-code">{error.code}</span>
        {error.message ? `: ${error.message}` : ' (the token endpoint sends no description)'}
      </p>
    </div>
  );
}

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div>
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function JobButton({ props, event, children }: { props: ScreenProps; event: EventObject; children: ReactNode }) {
  return (
    <AppButton props={props} event={event}>
      {children}
    </AppButton>
  );
}

export function MachineJob(props: ScreenProps) {
  const { client, tokens, tokenRequest, api, setup } = viewOf(props);
  const endpoint = `https://${setup?.domain ?? '<domain>'}.auth.${setup?.region ?? '<region>'}.amazoncognito.com/oauth2/token`;
  return (
    <div className="screen" role="group" aria-label="Back-end job">
      <h3 className="screen-title">The nightly stock job (a server, no user)</h3>
      {client && (
        <dl className="attributes attributes-stacked" aria-label="App client">
          <Row name="Client ID">
            <span className="mono">{client.ClientId}</span>
          </Row>
          <Row name="Client secret (kept on the job's server only)">
            <span className="mono">{client.ClientSecret ?? 'none'}</span>
          </Row>
          <Row name="Allowed custom scopes">
            <span className="mono">{client.AllowedOAuthScopes.join(' ')}</span>
          </Row>
        </dl>
      )}
      <AppField {...props} field="requestScope" label="scope to ask for" hint="space-separated; leave empty for all the client's custom scopes" />
      <div className="button-row">
        <JobButton props={props} event={{ type: 'token.request', secret: 'right' } as EventObject}>
          Request a token
        </JobButton>
        <JobButton props={props} event={{ type: 'token.request', secret: 'wrong' } as EventObject}>
          …with a wrong secret
        </JobButton>
        <JobButton props={props} event={{ type: 'token.request', secret: 'none' } as EventObject}>
          …without the secret
        </JobButton>
      </div>
      {tokenRequest && (
        <pre className="mono small" tabIndex={0} aria-label="The token request">
          {`POST ${endpoint}\n`}
          {tokenRequest.secret === 'none'
            ? ''
            : `Authorization: Basic base64(client_id:${tokenRequest.secret === 'wrong' ? 'a wrong secret' : 'client_secret'})\n`}
          {'Content-Type: application/x-www-form-urlencoded\n\n'}
          {`grant_type=client_credentials${tokenRequest.scope ? `&scope=${tokenRequest.scope}` : ''}${tokenRequest.secret === 'none' ? `&client_id=${client?.ClientId ?? ''}` : ''}`}
        </pre>
      )}
      <dl className="attributes" aria-label="Tokens the job holds">
        <Row name="Access token">{tokens ? `yes, for ${tokens.ExpiresIn} s (see the Tokens tab)` : 'none yet'}</Row>
        <Row name="ID token">none: no user signed in</Row>
        <Row name="Refresh token">none: the job asks for a new token with its secret</Row>
      </dl>
      <div className="button-row">
        <JobButton props={props} event={{ type: 'api.call', caller: 'machine' } as EventObject}>
          Call GET /inventory with the job's token
        </JobButton>
        <JobButton props={props} event={{ type: 'api.call', caller: 'user' } as EventObject}>
          …with a user's access token
        </JobButton>
      </div>
      <p className="screen-text small">
        Your API (simulated, its settings fixed) wants the scope <span className="mono">{INVENTORY_SCOPE}</span> for GET /inventory: a token for another
        resource server or scope gets 403.
      </p>
      {api && (
        <div role="group" aria-label="Your API's answer">
          <p className="small mono">
            GET {api.url} ({api.caller === 'user' ? "a user's access token" : "the job's access token"}) → {api.status}
          </p>
          {api.challenge && <p className="small mono">WWW-Authenticate: {api.challenge}</p>}
          <pre className="mono small" tabIndex={0} aria-label="Your API's answer body">
            {JSON.stringify(api.body, null, 2)}
          </pre>
        </div>
      )}
      <Busy busy={props.busy} state={props.state} />
      <OAuthError {...props} />
    </div>
  );
}
