/**
 * The app holding AWS credentials for its identity: it signs requests to S3 (its notes, another identity's), Cognito
 * Sync (ListRecords, then UpdateRecords) and IAM (ListRoles) and shows each answer, allowed or denied with AWS's reason;
 * it fetches fresh credentials when asked; and the developer may change a role's permissions on the way (PutRolePolicy).
 */
import { screen } from '../machineKit';
import { developerRequest } from './requests';
import { credentialsSetup, type CredentialsContext } from './setup';
import type { DeveloperChange, SimpleRequest } from './requests';

const send = (kind: SimpleRequest['kind']) => ({ target: '.requesting', actions: { type: 'planRequest', params: { kind } } }) as const;
const change = (which: DeveloperChange) => ({ target: '.updatingRole', actions: { type: 'planChange', params: { change: which } } }) as const;

const signed = ({ context }: { context: CredentialsContext }) => ({ credentials: context.credentials!, request: context.request! });

export const heldState = credentialsSetup.createStateConfig({
  description: 'The app holds temporary AWS credentials (AccessKeyId ASIA…, a secret and a session token) for its identity, for an hour.',
  meta: screen('identity'),
  initial: 'idle',
  on: {
    'notes.put': send('notesPut'),
    'notes.get': send('notesGet'),
    'notes.list': send('notesList'),
    'notes.putOther': send('notesPutOther'),
    'notes.getOther': send('notesGetOther'),
    'roles.list': send('listRoles'),
    'sync.write': { target: '.syncListing', actions: { type: 'planRequest', params: { kind: 'syncList' } } },
    'credentials.refresh': [{ guard: 'isSignedIn', target: '#credentials.refreshingTokens' }, { target: '#credentials.gettingCredentials' }],
    'developer.allowOwnNotes': change('allowOwnNotes'),
    'developer.allowIamForGuests': change('allowIamForGuests'),
    'developer.freezeNotes': change('freezeNotes'),
    'signIn.start': { guard: 'isGuest', target: '#credentials.start' },
    'app.signOut': { target: '#credentials.start', actions: 'forgetAll' },
  },
  states: {
    idle: {
      description: 'Credentials in hand; the app has not used them yet.',
      meta: screen('identity'),
    },
    requesting: {
      description:
        "The app signs the request with SigV4 using the credentials (the session token rides in X-Amz-Security-Token); the service checks the signature and the session, then IAM evaluates the role's policies and any session policies.",
      meta: screen('identity'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'signedRequest',
        src: 'signedRequest',
        input: signed,
        onDone: { target: 'answered', actions: 'keepAnswer' },
        onError: { target: 'requestFailed', actions: 'keepError' },
      },
    },
    syncListing: {
      description: 'A Sync write starts with ListRecords on the dataset, signed: Sync answers the records and a SyncSessionToken for the write.',
      meta: screen('identity'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'signedRequest',
        src: 'signedRequest',
        input: signed,
        onDone: [
          { guard: 'answeredOk', target: 'syncUpdating', actions: 'planSyncUpdate' },
          { target: 'answered', actions: 'keepAnswer' },
        ],
        onError: { target: 'requestFailed', actions: 'keepError' },
      },
    },
    syncUpdating: {
      description: 'UpdateRecords with the SyncSessionToken writes the record `theme`; IAM allows it when a policy allows cognito-sync:UpdateRecords.',
      meta: screen('identity'),
      tags: ['busy'],
      invoke: {
        id: 'signedRequest',
        src: 'signedRequest',
        input: signed,
        onDone: { target: 'answered', actions: 'keepAnswer' },
        onError: { target: 'requestFailed', actions: 'keepError' },
      },
    },
    answered: {
      description: 'The app shows the answer: allowed (2xx), or denied with AWS’s code and reason (AccessDenied, ExpiredToken…).',
      meta: screen('identity'),
    },
    requestFailed: {
      description: 'The request got no answer at all, or the developer’s change was refused; the app shows why.',
      meta: screen('identity'),
    },
    updatingRole: {
      description:
        "The developer changes a role's permissions with IAM PutRolePolicy; the next request is judged by the new policy, with the same credentials.",
      meta: screen('developer'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'putRolePolicy',
        src: 'putRolePolicy',
        input: ({ context }) => developerRequest(context.setup, context.pendingChange ?? 'allowOwnNotes'),
        onDone: { target: 'idle', actions: 'keepChange' },
        onError: { target: 'requestFailed', actions: 'keepError' },
      },
    },
  },
});
