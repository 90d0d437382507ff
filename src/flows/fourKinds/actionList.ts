/**
 * The same list of requests every kind of user tries with its credentials (the article's RFID card: one card reader, many
 * doors): each an S3, IAM or Cognito Sync request the app signs, whose answer is the role's real decision.
 */
import type { AppRequest, SignedAnswer } from '../identityWire';
import { PREMIUM_REPORT_KEY, type FourKindsSetup } from './kinds';

export interface KindAction {
  id: string;
  label: string;
  request(setup: FourKindsSetup, identityId: string): AppRequest;
}

/** The dataset every kind reads from Cognito Sync. */
export const SETTINGS_DATASET = 'settings';

export const FOUR_KINDS_ACTIONS: readonly KindAction[] = [
  {
    id: 'readPremiumReport',
    label: `Read the premium report (S3 GetObject ${PREMIUM_REPORT_KEY})`,
    request: (setup) => ({ action: 'GetObject', bucket: setup.bucket, key: PREMIUM_REPORT_KEY }),
  },
  {
    id: 'writeOwnNote',
    label: 'Save a note under my own prefix (S3 PutObject <identity id>/note.txt)',
    request: (setup, identityId) => ({ action: 'PutObject', bucket: setup.bucket, key: `${identityId}/note.txt`, body: 'My note.' }),
  },
  {
    id: 'listWholeBucket',
    label: 'List everything in the bucket (S3 ListObjectsV2, no prefix)',
    request: (setup) => ({ action: 'ListObjectsV2', bucket: setup.bucket }),
  },
  { id: 'listRoles', label: "List the account's IAM roles (IAM ListRoles)", request: () => ({ action: 'ListRoles' }) },
  {
    id: 'readSyncedSettings',
    label: `Read my synced settings (Cognito Sync ListRecords, dataset ${SETTINGS_DATASET})`,
    request: (setup, identityId) => ({ action: 'ListRecords', identityPoolId: setup.identityPoolId, identityId, dataset: SETTINGS_DATASET }),
  },
];

/** What the app keeps of an answer: the decision, and AWS's code and message when it is a refusal. */
export interface ActionResult {
  action: string;
  method: string;
  url: string;
  status: number;
  allowed: boolean;
  code?: string;
  message?: string;
}

export function resultOf(action: string, answer: SignedAnswer): ActionResult {
  return {
    action,
    method: answer.method,
    url: answer.url,
    status: answer.status,
    allowed: answer.ok,
    ...(answer.code ? { code: answer.code } : {}),
    ...(answer.message ? { message: answer.message } : {}),
  };
}
