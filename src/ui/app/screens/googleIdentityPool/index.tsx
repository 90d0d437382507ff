/**
 * The googleIdentityPool flow's screens: the app's "Sign in with Google" page, the simulated browser on Google's pages
 * (the hosted UI flow's pane, reused), and the app holding Google's ID token, then the identity and the credentials.
 */
import type { ReactNode } from 'react';
import type { GoogleIdentityPoolContext } from '../../../../flows/googleIdentityPool/setup';
import { AppButton, ErrorBox, type ScreenProps } from '../../screenKit';
import { AnswerBox, HeldSummary, Waiting } from '../credentials/parts';
import { BrowserView } from '../hostedUi/browser';
import { GoogleTokenClaims } from './claims';

const viewOf = (props: ScreenProps) => props.context as unknown as Partial<GoogleIdentityPoolContext>;

function SignInPage(props: ScreenProps) {
  return (
    <div className="screen" role="group" aria-label="Photo Notes">
      <h3 className="screen-title">Photo Notes</h3>
      <p className="screen-text">
        A single-page app on http://localhost. It has no user pool: it asks Google who you are, then gives Google’s ID token to an identity pool for AWS
        credentials.
      </p>
      <div className="button-row">
        <AppButton props={props} event={{ type: 'google.signIn' }} primary>
          Sign in with Google
        </AppButton>
      </div>
      <Waiting props={props} />
      <ErrorBox {...props} />
    </div>
  );
}

function GoogleBrowser(props: ScreenProps) {
  const { error } = viewOf(props);
  return (
    <div className="screen" role="group" aria-label="Signing in with Google">
      <h3 className="screen-title">Signing in with Google</h3>
      <p className="screen-text small">The pages below are the simulator’s Google, not Google: never type a real password there.</p>
      {error && <ErrorBox {...props} />}
      {props.state === 'callbackRefused' && (
        <div className="button-row">
          <AppButton props={props} event={{ type: 'google.signIn' }}>
            Sign in with Google again
          </AppButton>
        </div>
      )}
      <BrowserView {...props} />
    </div>
  );
}

function Identity(props: ScreenProps) {
  const { googleIdToken, identityId, openIdToken, credentials, via, assumedRoleArn, answer } = viewOf(props);
  return (
    <div className="screen" role="group" aria-label="Photo Notes, signed in with Google">
      <h3 className="screen-title">Photo Notes: signed in with Google</h3>
      <GoogleTokenClaims token={googleIdToken} folded={Boolean(credentials)} />
      <ol className="screen-text">
        <li>
          GetId:{' '}
          {identityId ? (
            <span className="mono" data-testid="identity-id">
              {identityId}
            </span>
          ) : (
            'no identity yet'
          )}{' '}
          <AppButton props={props} event={{ type: 'idpool.getId' }} primary={!identityId}>
            Get an identity
          </AppButton>
        </li>
        <li>
          GetCredentialsForIdentity (enhanced flow):{' '}
          <AppButton props={props} event={{ type: 'idpool.getCredentials' }} primary={Boolean(identityId) && !credentials}>
            Get AWS credentials
          </AppButton>
        </li>
        <li>
          Or the basic flow: {openIdToken ? 'the app holds the identity pool’s OpenID token. ' : ''}
          <AppButton props={props} event={{ type: 'idpool.getOpenIdToken' }}>
            GetOpenIdToken
          </AppButton>{' '}
          <AppButton props={props} event={{ type: 'token.exchange' }}>
            AssumeRoleWithWebIdentity
          </AppButton>
        </li>
      </ol>
      {credentials && (
        <p className="screen-text small">
          {via === 'basic'
            ? 'The app assumed the role itself at STS (the basic flow).'
            : 'Cognito assumed the role for the app, inside GetCredentialsForIdentity.'}
        </p>
      )}
      <HeldSummary credentials={credentials} roleArn={assumedRoleArn} />
      {answer && <AnswerBox answer={answer} />}
      <div className="button-row">
        <AppButton props={props} event={{ type: 'notes.putOwn' }}>
          Save a note (my prefix)
        </AppButton>
        <AppButton props={props} event={{ type: 'notes.listAll' }}>
          List the whole bucket
        </AppButton>
        <AppButton props={props} event={{ type: 'app.signOut' }}>
          Sign out
        </AppButton>
      </div>
      <Waiting props={props} />
      <ErrorBox {...props} />
      {/* The browser as Google left it: the redirect back to the app, with the token after the #. */}
      <BrowserView {...props} />
    </div>
  );
}

export const googleIdentityPoolScreens: Record<string, (props: ScreenProps) => ReactNode> = {
  googleSignIn: SignInPage,
  googleBrowser: GoogleBrowser,
  googleIdentity: Identity,
};
