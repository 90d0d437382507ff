/**
 * The federation lessons' guided actions: the hosted UI's provider button, the simulated provider's sign-in and consent
 * pages (the SAML IdP's sign-in and its POST back, genuine or tampered), and the administrator linking a Google account
 * to the article's user.
 */
import { only } from '../guided';
import type { GuidedAction, GuidedEnv } from '../types';
import type { BrowserState } from './browse';
import { tamperedSamlResponse } from './samlTamper';
import { GOOGLE_PERSON, GOOGLE_PROVIDER, OIDC_PERSON, OIDC_PROVIDER, SAML_IDP_IDENTIFIER, SAML_PERSON, SAML_POST_BUTTON, SAML_PROVIDER } from './scenario';
import type { HostedUiContext } from './setup';

const submit = (button: string, values: Record<string, string>) => ({ events: [{ type: 'browser.submit', button, values }] });

/**
 * Presses the current page's button (or link) for the provider: the hosted UI's `/login` offers one per identity provider
 * the app client allows, labelled with its name.
 */
function currentPage(env: GuidedEnv) {
  const browser = (env.snapshot.context as HostedUiContext).browser as BrowserState | undefined;
  const page = browser?.history[browser.index];
  if (!page) throw new Error('The browser shows no page yet: launch the hosted UI first.');
  return page;
}

/** Someone else's address at the same company: whom the tampered assertion claims the user is. */
export const SAML_FORGED_EMAIL = 'ceo@example.com';

function pressProvider(env: GuidedEnv, provider: string) {
  const page = currentPage(env);
  const doc = new DOMParser().parseFromString(page.body, 'text/html');
  const named = (el: Element) => (el.textContent ?? '').includes(provider);
  const link = Array.from(doc.querySelectorAll('a[href]')).find(named);
  if (link) return { events: [{ type: 'browser.navigate', url: new URL(link.getAttribute('href')!, page.url).href }] };
  const button = Array.from(doc.querySelectorAll('form button, form input[type="submit"]')).find(
    (b) => named(b) || (b.getAttribute('value') ?? '').includes(provider),
  );
  if (button) return submit(button.textContent?.trim() || button.getAttribute('value') || '', {});
  throw new Error(`The browser's page has no button for ${provider}.`);
}

export const federationGuided: Record<string, GuidedAction> = {
  'hostedUi.launchWithGoogle': {
    label: 'Press the app’s own “Sign in with Google”: /oauth2/authorize with identity_provider=Google, past the hosted UI’s page',
    plan: () => ({ events: [{ type: 'hostedUi.launch', identityProvider: GOOGLE_PROVIDER }] }),
  },
  'hostedUi.continueWithGoogle': { label: 'Press “Continue with Google” on the hosted UI', plan: (env) => pressProvider(env, GOOGLE_PROVIDER) },
  'google.signIn': {
    label: `Sign in to the simulated Google as ${GOOGLE_PERSON.email}`,
    plan: () => submit('Next', { email: GOOGLE_PERSON.email, password: GOOGLE_PERSON.password }),
  },
  'google.allow': { label: 'Allow the app (the user pool) to see your name, email address and picture', plan: () => submit('Allow', {}) },
  'hostedUi.continueWithOidc': { label: `Press the hosted UI’s ${OIDC_PROVIDER} button (the corporate ID)`, plan: (env) => pressProvider(env, OIDC_PROVIDER) },
  'oidc.signIn': {
    label: `Sign in to the simulated OIDC provider as ${OIDC_PERSON.email}`,
    plan: () => submit('Next', { email: OIDC_PERSON.email, password: OIDC_PERSON.password }),
  },
  'oidc.allow': { label: 'Allow the app (the user pool) to see your profile and email address', plan: () => submit('Allow', {}) },
  'hostedUi.continueWithSaml': {
    label: `Press the hosted UI’s ${SAML_PROVIDER} link (under “Sign in with your corporate ID”)`,
    plan: (env) => pressProvider(env, SAML_PROVIDER),
  },
  'hostedUi.launchWithIdpIdentifier': {
    label: `The app sends the user straight to their company’s IdP: /oauth2/authorize with idp_identifier=${SAML_IDP_IDENTIFIER}`,
    plan: () => ({ events: [{ type: 'hostedUi.launch', idpIdentifier: SAML_IDP_IDENTIFIER }] }),
  },
  'saml.signIn': {
    label: `Sign in to the simulated SAML IdP as ${SAML_PERSON.username}`,
    plan: () => submit('Sign in', { username: SAML_PERSON.username, password: SAML_PERSON.password }),
  },
  'saml.post': { label: `Press “${SAML_POST_BUTTON}”: the browser posts the signed assertion to /saml2/idpresponse`, plan: () => submit(SAML_POST_BUTTON, {}) },
  'saml.tamperAndPost': {
    label: `Tamper with the assertion (${SAML_PERSON.email} → ${SAML_FORGED_EMAIL}), then post it to /saml2/idpresponse`,
    plan: (env) => {
      const page = currentPage(env);
      const forged = tamperedSamlResponse(page.body, page.url, SAML_POST_BUTTON, SAML_PERSON.email, SAML_FORGED_EMAIL);
      return submit(SAML_POST_BUTTON, { SAMLResponse: forged });
    },
  },
  'users.link': {
    label: `As the administrator, link ${GOOGLE_PERSON.email}’s Google account to the article’s user (AdminLinkProviderForUser)`,
    plan: () => only('users.link'),
  },
  'users.replaceWithLink': {
    label: `As the administrator, delete ${GOOGLE_PROVIDER}_${GOOGLE_PERSON.sub} (AdminDeleteUser), then link the Google account to the article’s user`,
    plan: () => only('users.replaceWithLink'),
  },
};
