/** The hosted UI flow's screens: the console's App integration settings, the simulated browser, and the signed-in app. */
import type { HostedUiContext } from '../../../../flows/hostedUi/setup';
import { AppButton, AppField, Busy, ErrorBox, type ScreenProps } from '../../screenKit';
import { BrowserView, HostedUiBrowser, PkcePair } from './browser';
import { LinkUsers, ProvidersNote } from './federation';
import { ClientSecret, ClientTypeChoice, ServerSettings } from './server';

const viewOf = (props: ScreenProps) => props.context as unknown as Partial<HostedUiContext>;

/** The article's App integration: the domain, and the app client's settings, saved as the console saves them. */
function AppIntegration(props: ScreenProps) {
  const { settings, server } = viewOf(props);
  const signedOut = props.state === 'signedOut';
  return (
    <div className="screen" role="group" aria-label="App integration">
      <h3 className="screen-title">App integration (console)</h3>
      {signedOut && (
        <p className="screen-text" role="status">
          Signed out: the hosted UI ended its session and sent the browser back to the sign-out URL.
        </p>
      )}
      <AppField {...props} field="domain" label="Domain prefix" hint="https://<prefix>.auth.<region>.amazoncognito.com" />
      <AppField {...props} field="callbackUrl" label="Callback URL" />
      <AppField {...props} field="signOutUrl" label="Sign-out URL" />
      <AppField {...props} field="flows" label="Allowed OAuth flows" hint="implicit, code or client_credentials" />
      <AppField {...props} field="scopes" label="Allowed OAuth scopes" hint="openid email phone profile aws.cognito.signin.user.admin" />
      <ClientTypeChoice {...props} />
      <p className="screen-text small">
        <ProvidersNote {...props} />
        {server
          ? 'The confidential client was created with a secret (GenerateSecret): a client made without one can’t be given one later.'
          : 'The article’s app client has no secret; a confidential client gets one when the console creates it.'}
      </p>
      <ClientSecret {...props} />
      <ServerSettings {...props} />
      <div className="button-row">
        <AppButton props={props} event={{ type: 'integration.save' }} primary={!settings}>
          Save changes
        </AppButton>
        <AppButton props={props} event={{ type: 'hostedUi.launch' }} primary={Boolean(settings)}>
          Launch Hosted UI
        </AppButton>
      </div>
      <Busy busy={props.busy} />
      <ErrorBox {...props} />
    </div>
  );
}

/** Who the ID token names (`cognito:username`), read from its payload as the app would; no ID token, no name. */
function usernameIn(idToken: string | undefined): string | undefined {
  try {
    const payload = idToken?.split('.')[1];
    if (!payload) return undefined;
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    return (JSON.parse(json) as Record<string, unknown>)['cognito:username'] as string | undefined;
  } catch {
    return undefined;
  }
}

/** The app after the callback: the tokens it received, and how it got them. */
function SignedIn(props: ScreenProps) {
  const { tokens, settings, pkce } = viewOf(props);
  return (
    <div className="screen" role="group" aria-label="Signed in with the hosted UI">
      <h3 className="screen-title">Signed in{usernameIn(tokens?.IdToken) ? ` as ${usernameIn(tokens?.IdToken)}` : ''}</h3>
      <p className="screen-text">
        {tokens?.grant !== 'code'
          ? 'The app read the tokens from its callback URL’s fragment (the implicit grant).'
          : settings?.clientType === 'confidential'
            ? `The app’s server exchanged the code at /oauth2/token, authenticating with the client secret (HTTP Basic)${pkce ? ' and sending its PKCE verifier' : ', without PKCE'}.`
            : 'The app exchanged the code (with its PKCE verifier) at /oauth2/token.'}
      </p>
      <dl className="attributes" aria-label="Tokens the app holds">
        <div>
          <dt>ID token</dt>
          <dd>{tokens?.IdToken ? 'yes (see the Tokens tab)' : 'none (no openid scope)'}</dd>
        </div>
        <div>
          <dt>Access token</dt>
          <dd>{tokens?.AccessToken ? `yes, for ${tokens.ExpiresIn} s` : 'none'}</dd>
        </div>
        <div>
          <dt>Refresh token</dt>
          <dd>{tokens?.RefreshToken ? 'yes' : 'none (the implicit grant never gives one)'}</dd>
        </div>
      </dl>
      <PkcePair {...props} />
      <div className="button-row">
        <AppButton props={props} event={{ type: 'hostedUi.logout' }}>
          Sign out (hosted UI /logout)
        </AppButton>
        <AppButton props={props} event={{ type: 'hostedUi.switchUser' }}>
          Sign out and sign in as someone else
        </AppButton>
        <AppButton props={props} event={{ type: 'hostedUi.launch' }}>
          Launch Hosted UI again
        </AppButton>
      </div>
      <ServerSettings {...props} />
      <LinkUsers {...props} />
      <Busy busy={props.busy} />
      <ErrorBox {...props} />
      <BrowserView {...props} />
    </div>
  );
}

export const hostedUiScreens = {
  appIntegration: AppIntegration,
  hostedUiBrowser: HostedUiBrowser,
  hostedUiSignedIn: SignedIn,
};
