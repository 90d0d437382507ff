/** The sign-in flow's screens, by the `meta.screen` its states name. */
import type { ReactNode } from 'react';
import { AppButton, AppField, Busy, Delivery, Done, ErrorBox, ScreenForm, SubmitButton, type ScreenProps } from '../../screenKit';
import { ApiButtons, LastApiAnswer } from './YourApi';

function SignIn(props: ScreenProps) {
  const reset = props.state === 'passwordReset';
  return (
    <ScreenForm
      title="Sign in"
      props={props}
      intro={reset ? <p className="screen-success">Your password was changed. Sign in with the new one.</p> : undefined}
    >
      <AppField {...props} field="username" label="Username" />
      <AppField {...props} field="password" label="Password" type="password" />
      <div className="button-row">
        <SubmitButton props={props}>Sign in</SubmitButton>
        <AppButton props={props} event={{ type: 'forgot.start' }}>
          Forgot your password?
        </AppButton>
      </div>
    </ScreenForm>
  );
}

function NewPassword(props: ScreenProps) {
  return (
    <ScreenForm
      title="Choose a new password"
      props={props}
      intro={
        <p className="screen-text">You signed in with a temporary password. The pool asks for a new one before it issues tokens (NEW_PASSWORD_REQUIRED).</p>
      }
    >
      <AppField {...props} field="newPassword" label="New password" type="password" />
      <div className="button-row">
        <SubmitButton props={props}>Set password</SubmitButton>
        <AppButton props={props} event={{ type: 'signIn.restart' }}>
          Start over
        </AppButton>
      </div>
    </ScreenForm>
  );
}

function Profile(props: ScreenProps) {
  const { profile, tokens } = props.context;
  return (
    <div className="screen" role="group" aria-label="Signed in">
      <h3 className="screen-title">Signed in</h3>
      <p className="screen-text">
        The app holds {tokens?.RefreshToken ? 'an ID token, an access token and a refresh token' : 'an ID token and an access token'} (see the{' '}
        <strong>Tokens</strong> tab).
      </p>
      {profile && (
        <section aria-label="Profile from GetUser" className="profile">
          <h4>Profile (GetUser)</h4>
          <dl className="attributes">
            <div>
              <dt>Username</dt>
              <dd className="mono">{profile.Username}</dd>
            </div>
            {profile.UserAttributes.map((a) => (
              <div key={a.Name}>
                <dt className="mono">{a.Name}</dt>
                <dd className="mono">{a.Value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <div className="button-row">
        <AppButton props={props} event={{ type: 'profile.get' }} primary>
          Load my profile
        </AppButton>
        <AppButton props={props} event={{ type: 'tokens.refresh' }}>
          Refresh tokens
        </AppButton>
        <AppButton props={props} event={{ type: 'signOut.global' }}>
          Sign out everywhere
        </AppButton>
      </div>
      <LastApiAnswer props={props} />
      <ApiButtons props={props} />
      <Busy busy={props.busy} state={props.state} />
      <ErrorBox {...props} />
    </div>
  );
}

function ForgotPassword(props: ScreenProps) {
  return (
    <ScreenForm
      title="Reset your password"
      props={props}
      intro={<p className="screen-text">Enter your username: the pool emails a reset code to its verified address.</p>}
    >
      <AppField {...props} field="username" label="Username" />
      <div className="button-row">
        <SubmitButton props={props}>Send me a code</SubmitButton>
        <AppButton props={props} event={{ type: 'forgot.cancel' }}>
          Back to sign-in
        </AppButton>
      </div>
    </ScreenForm>
  );
}

function ResetPassword(props: ScreenProps) {
  return (
    <ScreenForm title="Set a new password" props={props} intro={<Delivery props={props} fallback="Enter the reset code the pool emailed you." />}>
      <AppField {...props} field="code" label="Reset code" numeric />
      <AppField {...props} field="newPassword" label="New password" type="password" />
      <div className="button-row">
        <SubmitButton props={props}>Reset password</SubmitButton>
        <AppButton props={props} event={{ type: 'forgot.request' }}>
          Send a new code
        </AppButton>
      </div>
    </ScreenForm>
  );
}

function SignedOut(props: ScreenProps) {
  return (
    <Done title="Signed out everywhere" props={props}>
      <p className="screen-text">GlobalSignOut revoked the user's refresh tokens; the pool no longer accepts their access tokens.</p>
      <p className="screen-text small">
        The app has dropped its tokens. For the lesson it kept a copy of the old access token, as a cache or a thief might, to try on your API.
      </p>
      <LastApiAnswer props={props} />
      <ApiButtons props={props} signedOut />
      <AppButton props={props} event={{ type: 'signIn.restart' }} primary>
        Sign in again
      </AppButton>
    </Done>
  );
}

export const signInScreens: Record<string, (props: ScreenProps) => ReactNode> = {
  signIn: SignIn,
  newPassword: NewPassword,
  profile: Profile,
  forgotPassword: ForgotPassword,
  resetPassword: ResetPassword,
  signedOut: SignedOut,
};
