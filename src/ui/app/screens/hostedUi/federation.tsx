/** The federation lessons' parts of the hosted UI screens: which providers the client allows, and the administrator's link. */
import { GOOGLE_PERSON } from '../../../../flows/hostedUi/scenario';
import type { HostedUiContext } from '../../../../flows/hostedUi/setup';
import { AppButton, type ScreenProps } from '../../screenKit';

const providerOf = (props: ScreenProps) => (props.context as unknown as Partial<HostedUiContext>).setup?.identityProvider;

/** App integration's "Identity providers": the pool's own directory, and the scenario's external provider. */
export function ProvidersNote(props: ScreenProps) {
  const provider = providerOf(props);
  if (!provider) return <>Enabled identity provider: Cognito user pool (COGNITO). </>;
  return (
    <>
      Enabled identity providers: Cognito user pool (COGNITO) and {provider} (the app client’s SupportedIdentityProviders), with the code grant the app sends
      PKCE with.{' '}
    </>
  );
}

/** The administrator's console beside the signed-in app: link Jane Doe's Google account to the article's user. */
export function LinkUsers(props: ScreenProps) {
  const { setup } = props.context as unknown as Partial<HostedUiContext>;
  if (setup?.identityProvider !== 'Google') return null;
  return (
    <section aria-label="Administrator: linked identities">
      <h4>Administrator (console)</h4>
      <p className="screen-text small">
        Link {GOOGLE_PERSON.email}’s Google account (subject {GOOGLE_PERSON.sub}) to {setup.username}: AdminLinkProviderForUser. AWS links only an identity that
        has not signed in yet.
      </p>
      <div className="button-row">
        <AppButton props={props} event={{ type: 'users.link' }}>
          Link the Google account
        </AppButton>
        <AppButton props={props} event={{ type: 'users.replaceWithLink' }}>
          Delete Google_{GOOGLE_PERSON.sub.slice(0, 6)}…, then link
        </AppButton>
      </div>
    </section>
  );
}
