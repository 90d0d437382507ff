/**
 * The federation lessons' guided actions: the hosted UI's provider button, the simulated provider's sign-in and consent
 * pages, and the administrator linking a Google account to the article's user.
 */
import { only } from '../guided';
import type { GuidedAction, GuidedEnv } from '../types';
import type { BrowserState } from './browse';
import { GOOGLE_PERSON, GOOGLE_PROVIDER, OIDC_PERSON, OIDC_PROVIDER } from './scenario';
import type { HostedUiContext } from './setup';

const submit = (button: string, values: Record<string, string>) => ({ events: [{ type: 'browser.submit', button, values }] });

/**
 * Presses the current page's button (or link) for the provider: the hosted UI's `/login` offers one per identity provider
 * the app client allows, labelled with its name.
 */
function pressProvider(env: GuidedEnv, provider: string) {
  const browser = (env.snapshot.context as HostedUiContext).browser as BrowserState | undefined;
  const page = browser?.history[browser.index];
  if (!page) throw new Error('The browser shows no page yet: launch the hosted UI first.');
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
  'users.link': {
    label: `As the administrator, link ${GOOGLE_PERSON.email}’s Google account to the article’s user (AdminLinkProviderForUser)`,
    plan: () => only('users.link'),
  },
  'users.replaceWithLink': {
    label: `As the administrator, delete ${GOOGLE_PROVIDER}_${GOOGLE_PERSON.sub} (AdminDeleteUser), then link the Google account to the article’s user`,
    plan: () => only('users.replaceWithLink'),
  },
};
