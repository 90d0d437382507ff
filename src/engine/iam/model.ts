/**
 * The state of IAM in one account (IAM is global): its roles and customer managed policies. Documents are kept as the
 * caller sent them (JSON text, not URL-encoded); GetRole, GetRolePolicy and GetPolicyVersion encode them on the way out.
 */

export interface TagRecord {
  Key: string;
  Value: string;
}

export interface RoleRecord {
  RoleName: string;
  /** `AROA` and 17 more characters. */
  RoleId: string;
  /** `arn:aws:iam::{account}:role{Path}{RoleName}`. */
  Arn: string;
  /** `/` or `/division/`. */
  Path: string;
  /** The trust policy, as sent. */
  AssumeRolePolicyDocument: string;
  Description?: string;
  /** Seconds, 3600 to 43200 (default 3600). */
  MaxSessionDuration: number;
  /** Epoch ms. */
  CreateDate: number;
  Tags: TagRecord[];
  /** Inline policies by name, documents as sent. */
  inlinePolicies: Record<string, string>;
  /** The ARNs of the managed policies attached to it (customer or AWS managed). */
  attachedPolicies: string[];
}

export interface PolicyVersionRecord {
  VersionId: string;
  Document: string;
  CreateDate: number;
}

export interface PolicyRecord {
  PolicyName: string;
  /** `ANPA` and 17 more characters. */
  PolicyId: string;
  Arn: string;
  Path: string;
  Description?: string;
  DefaultVersionId: string;
  CreateDate: number;
  UpdateDate: number;
  versions: PolicyVersionRecord[];
  /** The number the next CreatePolicyVersion takes (`v2`, `v3`, …); versions are never renumbered. */
  nextVersion: number;
  Tags: TagRecord[];
}

export interface IamState {
  /** By role name in lower case: IAM names are unique regardless of case. */
  roles: Record<string, RoleRecord>;
  /** Customer managed policies, by ARN. */
  policies: Record<string, PolicyRecord>;
}
