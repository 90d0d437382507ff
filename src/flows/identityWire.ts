/**
 * The identity side's request and response shapes the flows send and read (identity pools, STS, IAM as the developer),
 * in AWS's member names, and the app's signed requests to S3, Cognito Sync and IAM with an identity's credentials.
 * Timestamps are epoch seconds (the JSON wire's form), so a machine's context stays plain JSON.
 */
import type { SigningSteps } from '../engine';

export type Logins = Record<string, string>;

export interface GetIdRequest {
  IdentityPoolId: string;
  AccountId?: string;
  /** Without Logins the identity is a guest's (the pool must allow unauthenticated identities). */
  Logins?: Logins;
}
export interface GetIdResponse {
  IdentityId: string;
}

export interface GetCredentialsForIdentityRequest {
  IdentityId: string;
  Logins?: Logins;
  CustomRoleArn?: string;
}
/** The enhanced flow's credentials: note AWS names the secret `SecretKey` here. */
export interface IdentityCredentials {
  AccessKeyId: string;
  SecretKey: string;
  SessionToken: string;
  /** Epoch seconds. */
  Expiration: number;
}
export interface GetCredentialsForIdentityResponse {
  /** The identity the credentials are for: after a merge, the surviving one. */
  IdentityId: string;
  Credentials: IdentityCredentials;
}

export interface GetOpenIdTokenRequest {
  IdentityId: string;
  Logins?: Logins;
}
export interface GetOpenIdTokenResponse {
  IdentityId: string;
  /** The identity pool's OpenID token: `aud` the identity pool, `sub` the identity, `amr` authenticated or unauthenticated. */
  Token: string;
}

export interface AssumeRoleWithWebIdentityRequest {
  RoleArn: string;
  RoleSessionName: string;
  WebIdentityToken: string;
  DurationSeconds?: number;
  Policy?: string;
}
export interface StsCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  /** Epoch seconds (STS answers an ISO timestamp; the actor turns it into seconds). */
  Expiration: number;
}
export interface AssumeRoleWithWebIdentityResponse {
  Credentials: StsCredentials;
  AssumedRoleUser: { Arn: string; AssumedRoleId: string };
  SubjectFromWebIdentityToken?: string;
  Audience?: string;
  Provider?: string;
}

/** IAM as the developer (an administrator, unsigned through the cloud's own door): an inline permissions policy. */
export interface PutRolePolicyRequest {
  RoleName: string;
  PolicyName: string;
  PolicyDocument: string;
}
/** IAM as the developer: replace a role's trust policy. */
export interface UpdateAssumeRolePolicyRequest {
  RoleName: string;
  PolicyDocument: string;
}

/** Credentials as the app signs with them, whichever flow issued them. */
export interface HeldCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** Epoch seconds. */
  expiration: number;
}

/** A Cognito Sync record change (UpdateRecords' RecordPatches). */
export interface RecordPatch {
  Op: 'replace' | 'remove';
  Key: string;
  Value?: string;
  SyncCount: number;
}

/** What the app asks with an identity's credentials, named by the AWS action it is. */
export type AppRequest =
  | { action: 'PutObject'; bucket: string; key: string; body: string }
  | { action: 'GetObject'; bucket: string; key: string }
  | { action: 'ListObjectsV2'; bucket: string; prefix?: string }
  | { action: 'ListRecords'; identityPoolId: string; identityId: string; dataset: string }
  | { action: 'UpdateRecords'; identityPoolId: string; identityId: string; dataset: string; syncSessionToken: string; patches: RecordPatch[] }
  | { action: 'ListRoles' };

export interface SignedRequestInput {
  credentials: HeldCredentials;
  request: AppRequest;
  /** The region of S3 and Sync endpoints; default the cloud's. */
  region?: string;
}

/** The answer to a signed request as the app shows it: a 403 is an answer, not a failure. */
export interface SignedAnswer {
  request: AppRequest;
  method: string;
  url: string;
  status: number;
  /** 2xx. */
  ok: boolean;
  /** AWS's error code and message, read from the body (XML `<Code>`/`<Message>`, JSON `__type`/`message`). */
  code?: string;
  message?: string;
  /** A JSON body (Sync), parsed. */
  json?: Record<string, unknown>;
  /** A text body (an S3 object's content), when not JSON and not an error. */
  text?: string;
  /** SigV4's intermediate values, for the Requests view. */
  steps?: SigningSteps;
}
