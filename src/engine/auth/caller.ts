/**
 * Who sent a request, as the cloud's front door decided from its SigV4 signature (auth/authenticate.ts). Every action
 * sees it as `ctx.caller`.
 */
import type { IssuedCredentials } from '../sts/model';

/** AWS's documented example key pair (IAM User Guide, "Manage access keys"): the simulated account's administrator. */
export const ADMIN_ACCESS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
export const ADMIN_SECRET_ACCESS_KEY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

export type Caller =
  /**
   * The account's root credentials: the example pair, verified; the facade and `ctx.call` (which act as the administrator
   * without signing); or any other long-term key the cloud never issued (`verified: false`, see authenticate.ts).
   */
  | { kind: 'admin'; accessKeyId?: string; verified: boolean }
  /** Temporary credentials STS issued (an `ASIA…` key), verified: the role session they belong to. */
  | { kind: 'session'; accessKeyId: string; credentials: IssuedCredentials }
  /** A request with no signature at all. */
  | { kind: 'anonymous' };

/** The facade's and nested calls' caller: the administrator, as if signed with the example pair. */
export const ADMIN_CALLER: Caller = { kind: 'admin', verified: true };

/**
 * The caller's ARN, as GetCallerIdentity and the log name it (`arn:aws:iam::123456789012:root`,
 * `arn:aws:sts::123456789012:assumed-role/Role/Session`); undefined for anonymous.
 */
export function callerArn(caller: Caller, accountId: string): string | undefined {
  if (caller.kind === 'admin') return `arn:aws:iam::${accountId}:root`;
  if (caller.kind === 'session') return caller.credentials.assumedRoleArn;
  return undefined;
}
