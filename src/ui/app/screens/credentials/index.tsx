/** The credentials flow's screens: get an identity (guest or signed in), then use the credentials and see each answer. */
import type { ReactNode } from 'react';
import type { HeldCredentials, SignedAnswer } from '../../../../flows/identityWire';
import { AppButton, AppField, Delivery, ErrorBox, ScreenForm, SubmitButton, type ScreenProps } from '../../screenKit';
import { AnswerBox, HeldSummary, Waiting } from './parts';

interface Held {
  identityId?: string;
  holder?: 'guest' | 'signedIn';
  credentials?: HeldCredentials;
  answer?: SignedAnswer;
  link?: { kind: 'linked' | 'merged'; guestIdentityId: string; survivor: string };
  developerChange?: string;
}
const held = (props: ScreenProps) => props.context as unknown as Held;

function Start(props: ScreenProps) {
  const { holder, identityId } = held(props);
  const guest = holder === 'guest';
  return (
    <ScreenForm
      title={guest ? 'Sign in to keep your data' : 'Welcome'}
      props={props}
      intro={
        <p className="screen-text">
          {guest ? (
            <>
              You are a guest (identity <span className="mono">{identityId}</span>). Sign in and the identity pool links your login to it.
            </>
          ) : (
            'Use the app as a guest, or sign in to the user pool first.'
          )}
        </p>
      }
    >
      <AppField {...props} field="username" label="Username" />
      <AppField {...props} field="password" label="Password" type="password" />
      <div className="button-row">
        <SubmitButton props={props}>Sign in</SubmitButton>
        <AppButton props={props} event={{ type: 'signUp.submit' }}>
          Sign up
        </AppButton>
        {guest ? (
          <AppButton props={props} event={{ type: 'signIn.cancel' }}>
            Stay a guest
          </AppButton>
        ) : (
          <AppButton props={props} event={{ type: 'guest.start' }}>
            Continue as a guest
          </AppButton>
        )}
        <AppButton props={props} event={{ type: 'app.signOut' }}>
          Start over
        </AppButton>
      </div>
    </ScreenForm>
  );
}

const REQUESTS: [string, string][] = [
  ['notes.put', 'Save my notes (S3)'],
  ['notes.get', 'Read my notes (S3)'],
  ['notes.list', 'List my notes (S3)'],
  ['notes.getOther', "Read another identity's notes"],
  ['notes.putOther', "Write another identity's notes"],
  ['sync.write', 'Save a setting (Sync)'],
  ['roles.list', 'List IAM roles'],
];

function Identity(props: ScreenProps) {
  const { identityId, holder, credentials, answer, link, developerChange } = held(props);
  return (
    <div className="screen" role="group" aria-label="Your identity">
      <h3 className="screen-title">{holder === 'signedIn' ? 'Signed in' : 'Guest'}</h3>
      <p className="screen-text">
        Identity <span className="mono">{identityId}</span>
      </p>
      {link && (
        <p className="screen-text" role="status">
          {link.kind === 'linked'
            ? 'Your login was linked to your guest identity: same IdentityId, same data.'
            : `Your login already had an identity: the guest identity ${link.guestIdentityId} was merged into ${link.survivor}, which survives.`}
        </p>
      )}
      <HeldSummary credentials={credentials} />
      {developerChange && <p className="screen-text small">Developer: {developerChange}</p>}
      {answer && <AnswerBox answer={answer} />}
      <div className="button-row" role="group" aria-label="Requests with the credentials">
        {REQUESTS.map(([type, label]) => (
          <AppButton key={type} props={props} event={{ type }}>
            {label}
          </AppButton>
        ))}
      </div>
      <div className="button-row">
        <AppButton props={props} event={{ type: 'credentials.refresh' }} primary>
          Get fresh credentials
        </AppButton>
        {holder === 'guest' && (
          <AppButton props={props} event={{ type: 'signIn.start' }}>
            Sign in
          </AppButton>
        )}
        <AppButton props={props} event={{ type: 'app.signOut' }}>
          Sign out
        </AppButton>
      </div>
      <Waiting props={props} />
      <ErrorBox {...props} />
    </div>
  );
}

function Confirm(props: ScreenProps) {
  return (
    <ScreenForm title="Confirm your sign-up" props={props} intro={<Delivery props={props} fallback="Enter the code the user pool emailed you." />}>
      <AppField {...props} field="code" label="Confirmation code" numeric />
      <div className="button-row">
        <SubmitButton props={props}>Confirm and sign in</SubmitButton>
      </div>
    </ScreenForm>
  );
}

function Developer(props: ScreenProps) {
  return (
    <div className="screen" role="group" aria-label="The developer changes IAM">
      <h3 className="screen-title">The developer changes a role</h3>
      <p className="screen-text">IAM PutRolePolicy: the role's new inline policy judges the app's next request, with the same credentials.</p>
      <Waiting props={props} />
      <ErrorBox {...props} />
    </div>
  );
}

export const credentialsScreens: Record<string, (props: ScreenProps) => ReactNode> = {
  identityStart: Start,
  identity: Identity,
  confirm: Confirm,
  developer: Developer,
};
