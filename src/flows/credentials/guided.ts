/** The credentials flow's guided actions: the events the app's buttons send, and the developer's IAM changes. */
import { HOUR, MINUTE } from '../../engine';
import { newestCode, only, submit, typing, usernameOf } from '../guided';
import { ARTICLE_USER, type GuidedAction } from '../types';

const app = (type: string) => ({ ...only(type), appTab: 'app' as const });

export const credentialsGuided: Record<string, GuidedAction> = {
  'identity.continueAsGuest': { label: 'Continue as a guest', plan: () => app('guest.start') },
  'identity.startSignIn': { label: 'Sign in (keeping the guest identity)', plan: () => app('signIn.start') },
  'identity.signIn': {
    label: 'Sign in to the user pool',
    plan: (env) => ({
      events: [...typing({ username: env.setup.username ?? ARTICLE_USER.username, password: env.setup.password ?? ARTICLE_USER.password }), submit],
      appTab: 'app',
    }),
  },
  'identity.signUp': {
    label: 'Sign up to the user pool',
    plan: (env) => ({
      events: [
        ...typing({ username: env.setup.username ?? ARTICLE_USER.username, password: env.setup.password ?? ARTICLE_USER.password }),
        { type: 'signUp.submit' },
      ],
      appTab: 'app',
    }),
  },
  'identity.confirm': {
    label: 'Type the emailed code',
    plan: (env) => ({ events: [...typing({ code: newestCode(env.outbox, usernameOf(env)) }), submit], appTab: 'app' }),
  },
  'identity.signOut': { label: 'Sign out and forget the identity', plan: () => app('app.signOut') },
  'notes.put': { label: 'Save my notes to S3', plan: () => app('notes.put') },
  'notes.get': { label: 'Read my notes from S3', plan: () => app('notes.get') },
  'notes.list': { label: 'List my notes (S3 ListObjectsV2 under my prefix)', plan: () => app('notes.list') },
  'notes.putOther': { label: "Write into another identity's notes", plan: () => app('notes.putOther') },
  'notes.getOther': { label: "Read another identity's notes", plan: () => app('notes.getOther') },
  'sync.write': { label: 'Save a setting with Cognito Sync', plan: () => app('sync.write') },
  'roles.list': { label: 'List IAM roles (a service outside the guest scope-down)', plan: () => app('roles.list') },
  'credentials.refresh': { label: 'Get fresh credentials', plan: () => app('credentials.refresh') },
  'credentials.waitForExpiry': {
    label: 'Wait until the credentials expire (an hour and a minute)',
    plan: () => ({ events: [], clockAdvanceMs: HOUR + MINUTE }),
  },
  'developer.allowOwnNotes': {
    label: 'As the developer, add the per-identity S3 statement to the authenticated role (PutRolePolicy)',
    plan: () => only('developer.allowOwnNotes'),
  },
  'developer.allowIamForGuests': {
    label: 'As the developer, allow IAM reads on the guest role (PutRolePolicy)',
    plan: () => only('developer.allowIamForGuests'),
  },
  'developer.freezeNotes': {
    label: 'As the developer, add an explicit Deny of S3 writes to the authenticated role (PutRolePolicy)',
    plan: () => only('developer.freezeNotes'),
  },
};
