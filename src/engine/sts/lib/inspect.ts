/**
 * STS's read model: the temporary credentials it has issued, as plain copies for inspectors (the Credentials and Policies
 * tabs), oldest first. Never the records a request is checked against.
 */
import type { SamlSessionRecord, StsState, WebIdentityRecord } from '../model';

export interface IssuedCredentialsView {
  /** `ASIA…`. */
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** Epoch ms. */
  expiration: number;
  /** Epoch ms. */
  issuedAt: number;
  roleArn: string;
  roleId: string;
  sessionName: string;
  /** `arn:aws:sts::{account}:assumed-role/{role name}/{session}`. */
  assumedRoleArn: string;
  /** The session's policies as JSON text (for an identity pool's guest: the scope-down policies); empty when none. */
  sessionPolicies: string[];
  tags: Record<string, string>;
  webIdentity?: WebIdentityRecord;
  saml?: SamlSessionRecord;
  sourceIdentity?: string;
}

export interface StsView {
  /** In the order issued. */
  credentials: IssuedCredentialsView[];
}

/** Every set of credentials the account's STS issued (one state: `regions` holds only `global`). `regions` is already a copy. */
export function inspectSts(regions: Record<string, StsState>): StsView {
  const credentials = Object.values(regions)
    .flatMap((state) => Object.values(state.credentials))
    .sort((a, b) => a.issuedAt - b.issuedAt)
    .map((c) => ({
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
      issuedAt: c.issuedAt,
      roleArn: c.roleArn,
      roleId: c.roleId,
      sessionName: c.sessionName,
      assumedRoleArn: c.assumedRoleArn,
      sessionPolicies: [...c.sessionPolicies],
      tags: { ...c.tags },
      ...(c.webIdentity ? { webIdentity: { ...c.webIdentity, ...(c.webIdentity.amr ? { amr: [...c.webIdentity.amr] } : {}) } } : {}),
      ...(c.saml ? { saml: { ...c.saml } } : {}),
      ...(c.sourceIdentity !== undefined ? { sourceIdentity: c.sourceIdentity } : {}),
    }));
  return { credentials };
}
