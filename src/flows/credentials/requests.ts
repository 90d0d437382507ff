/**
 * The requests the app signs with the identity's credentials: its notes in S3 under its own prefix (`<identityId>/`) or
 * another identity's, a Cognito Sync write (ListRecords for a SyncSessionToken, then UpdateRecords), and IAM ListRoles, a
 * service outside the guest scope-down. Also the developer's IAM changes a lesson makes on the way.
 */
import type { AppRequest, PutRolePolicyRequest } from '../identityWire';
import type { ScenarioSetup } from '../types';
import { perIdentityS3Policy } from '../../engine';

/** A request the app's buttons send as they are. */
export type SimpleRequest = { kind: 'notesPut' | 'notesGet' | 'notesList' | 'notesPutOther' | 'notesGetOther' | 'syncList' | 'listRoles' };
export type PlannedRequest = SimpleRequest | { kind: 'syncUpdate'; syncSessionToken: string; syncCount: number };

/** The dataset the app keeps the learner's settings in. */
export const SYNC_DATASET = 'settings';
export const NOTE_FILE = 'notes.txt';
/** The record a Sync write changes. */
export const SYNC_RECORD = 'theme';

interface Who {
  setup: ScenarioSetup;
  identityId?: string | undefined;
}

/** The AWS request a planned one stands for, from what the app holds. */
export function appRequest({ setup, identityId = '' }: Who, planned: PlannedRequest): AppRequest {
  const bucket = setup.bucket ?? '';
  const own = `${identityId}/${NOTE_FILE}`;
  const other = `${setup.otherIdentityId ?? ''}/${NOTE_FILE}`;
  const dataset = { identityPoolId: setup.identityPoolId ?? '', identityId, dataset: SYNC_DATASET };
  switch (planned.kind) {
    case 'notesPut':
      return { action: 'PutObject', bucket, key: own, body: 'My notes.' };
    case 'notesGet':
      return { action: 'GetObject', bucket, key: own };
    case 'notesList':
      return { action: 'ListObjectsV2', bucket, prefix: `${identityId}/` };
    case 'notesPutOther':
      return { action: 'PutObject', bucket, key: other, body: 'Overwritten!' };
    case 'notesGetOther':
      return { action: 'GetObject', bucket, key: other };
    case 'syncList':
      return { action: 'ListRecords', ...dataset };
    case 'syncUpdate':
      return {
        action: 'UpdateRecords',
        ...dataset,
        syncSessionToken: planned.syncSessionToken,
        patches: [{ Op: 'replace', Key: SYNC_RECORD, Value: 'dark', SyncCount: planned.syncCount }],
      };
    case 'listRoles':
      return { action: 'ListRoles' };
  }
}

export type DeveloperChange = 'allowOwnNotes' | 'allowIamForGuests' | 'freezeNotes';

/** The inline policy names the developer's changes put. */
export const OWN_NOTES_POLICY_NAME = 'own-notes';
export const GUEST_IAM_POLICY_NAME = 'read-iam';
export const FREEZE_POLICY_NAME = 'notes-frozen';

/**
 * IAM PutRolePolicy as the developer: the per-identity S3 statement on the authenticated role, IAM reads on the guest role,
 * or an explicit Deny of every S3 write to the bucket on the authenticated role (notes frozen, say for a migration).
 */
export function developerRequest(setup: ScenarioSetup, change: DeveloperChange): PutRolePolicyRequest {
  if (change === 'freezeNotes') {
    const statement = { Sid: 'NoNoteWrites', Effect: 'Deny', Action: 's3:PutObject', Resource: `arn:aws:s3:::${setup.bucket ?? ''}/*` };
    return {
      RoleName: setup.authRoleName ?? '',
      PolicyName: FREEZE_POLICY_NAME,
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [statement] }),
    };
  }
  if (change === 'allowOwnNotes') {
    return { RoleName: setup.authRoleName ?? '', PolicyName: OWN_NOTES_POLICY_NAME, PolicyDocument: JSON.stringify(perIdentityS3Policy(setup.bucket ?? '')) };
  }
  return {
    RoleName: setup.guestRoleName ?? '',
    PolicyName: GUEST_IAM_POLICY_NAME,
    PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['iam:ListRoles', 'iam:GetRole'], Resource: '*' }] }),
  };
}

/** The developer's change in words, for the app to show. */
export const DEVELOPER_CHANGES: Record<DeveloperChange, string> = {
  allowOwnNotes: `The authenticated role now also has "${OWN_NOTES_POLICY_NAME}": s3:ListBucket under the identity's prefix, s3:GetObject and s3:PutObject on <bucket>/<the identity's id>/*.`,
  allowIamForGuests: `The guest role now also has "${GUEST_IAM_POLICY_NAME}": iam:ListRoles and iam:GetRole on every resource.`,
  freezeNotes: `The authenticated role now also has "${FREEZE_POLICY_NAME}": an explicit Deny of s3:PutObject on every object of the bucket.`,
};
