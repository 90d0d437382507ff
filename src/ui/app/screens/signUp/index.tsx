/** The sign-up flow's screens, by the `meta.screen` its states name. */
import type { ReactNode } from 'react';
import { AppButton, AppField, Delivery, Done, ScreenForm, SubmitButton, type ScreenProps } from '../../screenKit';

function SignUp(props: ScreenProps) {
  return (
    <ScreenForm title="Create an account" props={props}>
      <AppField {...props} field="username" label="Username" />
      <AppField
        {...props}
        field="password"
        label="Password"
        type="password"
        hint="The pool's policy: at least 8 characters with upper and lower case, a number and a symbol."
      />
      <AppField {...props} field="email" label="Email" type="email" />
      <SubmitButton props={props}>Sign up</SubmitButton>
    </ScreenForm>
  );
}

function Confirm(props: ScreenProps) {
  return (
    <ScreenForm title="Confirm your account" props={props} intro={<Delivery props={props} fallback="Enter the code the pool emailed you." />}>
      <AppField {...props} field="username" label="Username" />
      <AppField {...props} field="code" label="Confirmation code" numeric />
      <div className="button-row">
        <SubmitButton props={props}>Confirm</SubmitButton>
        <AppButton props={props} event={{ type: 'code.resend' }}>
          Send a new code
        </AppButton>
        <AppButton props={props} event={{ type: 'signUp.startOver' }}>
          Start over / use another account
        </AppButton>
      </div>
    </ScreenForm>
  );
}

export const signUpScreens: Record<string, (props: ScreenProps) => ReactNode> = {
  signUp: SignUp,
  confirm: Confirm,
  confirmed: (props) => (
    <Done title="Account confirmed" props={props}>
      <p className="screen-text">The user is now CONFIRMED and their email verified: they can sign in.</p>
    </Done>
  ),
};
