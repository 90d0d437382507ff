/** The googleIdentityPool flow's guided actions: Sign in with Google, the learner's moves on Google's pages, the app's calls. */
import { GOOGLE_USERS } from '../../engine';
import { only } from '../guided';
import type { GuidedAction } from '../types';

export const GOOGLE_LEARNER = GOOGLE_USERS[0]!;
const submit = (button: string, values: Record<string, string> = {}) => ({ events: [{ type: 'browser.submit', button, values }] });
const app = (type: string) => ({ ...only(type), appTab: 'app' as const });

export const googleIdentityPoolGuided: Record<string, GuidedAction> = {
  'google.signIn': { label: 'Sign in with Google', plan: () => app('google.signIn') },
  'google.enterPassword': {
    label: `Sign in on Google’s page as ${GOOGLE_LEARNER.email}`,
    plan: () => submit('Next', { email: GOOGLE_LEARNER.email, password: GOOGLE_LEARNER.password }),
  },
  'google.wrongPassword': {
    label: 'Sign in on Google’s page with a wrong password',
    plan: () => submit('Next', { email: GOOGLE_LEARNER.email, password: 'not-my-password' }),
  },
  'google.allow': { label: 'Allow the app on Google’s consent page', plan: () => submit('Allow') },
  'google.cancel': { label: 'Cancel on Google’s consent page', plan: () => submit('Cancel') },
  'idpool.getId': { label: 'Give Google’s ID token to the identity pool (GetId)', plan: () => app('idpool.getId') },
  'idpool.getCredentials': { label: 'Get AWS credentials (GetCredentialsForIdentity)', plan: () => app('idpool.getCredentials') },
  'idpool.getOpenIdToken': { label: 'The basic flow: get the identity pool’s OpenID token (GetOpenIdToken)', plan: () => app('idpool.getOpenIdToken') },
  'sts.assumeRole': { label: 'The basic flow: exchange it at STS (AssumeRoleWithWebIdentity)', plan: () => app('sts.assumeRole') },
  's3.putOwn': { label: 'Save a note under my own prefix in S3 (PutObject)', plan: () => app('s3.putOwn') },
  's3.listAll': { label: 'List the whole bucket (ListObjectsV2)', plan: () => app('s3.listAll') },
  'app.signOut': { label: 'Sign out of the app', plan: () => app('app.signOut') },
};
