/** The googleIdentityPool flow's guided actions: Sign in with Google, the learner's moves on Google's pages, the app's calls. */
import { only } from '../guided';
import type { GuidedAction } from '../types';

/**
 * The test user the guided steps sign in as: the sign-in page's own button for her, which posts her email address and
 * password (engine/idp/fixtures.ts, kept out of the first chunk).
 */
const JANE_BUTTON = 'Continue as Jane Doe (jane.doe@gmail.com)';
const submit = (button: string, values: Record<string, string> = {}) => ({ events: [{ type: 'browser.submit', button, values }] });
const app = (type: string) => ({ ...only(type), appTab: 'app' as const });

export const googleIdentityPoolGuided: Record<string, GuidedAction> = {
  'google.signIn': { label: 'Sign in with Google', plan: () => app('google.signIn') },
  'google.enterPassword': { label: 'Sign in at Google as jane.doe@gmail.com', plan: () => submit(JANE_BUTTON) },
  'google.wrongPassword': {
    label: 'Sign in at Google with a wrong password',
    plan: () => submit('Next', { email: 'jane.doe@gmail.com', password: 'not-my-password' }),
  },
  'google.allow': { label: 'Allow the app at Google', plan: () => submit('Allow') },
  'google.cancel': { label: 'Cancel at Google', plan: () => submit('Cancel') },
  'idpool.getId': { label: 'GetId with Google’s ID token', plan: () => app('idpool.getId') },
  'idpool.getCredentials': { label: 'GetCredentialsForIdentity', plan: () => app('idpool.getCredentials') },
  'idpool.getOpenIdToken': { label: 'GetOpenIdToken', plan: () => app('idpool.getOpenIdToken') },
  'token.exchange': { label: 'AssumeRoleWithWebIdentity at STS', plan: () => app('token.exchange') },
  'notes.putOwn': { label: 'Save a note under my prefix', plan: () => app('notes.putOwn') },
  'notes.listAll': { label: 'List the whole bucket', plan: () => app('notes.listAll') },
  'app.signOut': { label: 'Sign out of the app', plan: () => app('app.signOut') },
};
