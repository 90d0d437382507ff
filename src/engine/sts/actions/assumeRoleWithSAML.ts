import type { ActionContext } from '../../context';
import { iam } from '../../iam/service';
import { CloudError } from '../../kernel/errors';
import { assumedRoleUser, credentialsOf, sessionSeconds, trustedRole } from '../lib/assumeRole';
import { issueCredentials } from '../lib/credentials';
import { SAML_MESSAGES } from '../lib/messages';
import { AWS_SAML_ATTRIBUTES, isSamlRefusal, verifyAwsSamlResponse, type VerifiedSamlResponse } from '../lib/samlResponse';
import { sessionPoliciesOf } from '../lib/sessionPolicies';
import type { StsState } from '../model';

export interface AssumeRoleWithSAMLRequest {
  RoleArn: string;
  PrincipalArn: string;
  SAMLAssertion: string;
  PolicyArns?: { arn?: string }[];
  Policy?: string;
  DurationSeconds?: number;
}

export interface AssumeRoleWithSAMLResponse {
  Credentials: { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: Date };
  AssumedRoleUser: { AssumedRoleId: string; Arn: string };
  PackedPolicySize?: number;
  Subject: string;
  SubjectType: string;
  Issuer: string;
  Audience: string;
  NameQualifier: string;
  SourceIdentity?: string;
}

/** [O] the pattern STS names in its refusals of RoleSessionName and SourceIdentity. */
const SESSION_NAME = /^[a-zA-Z_0-9+=,.@-]{2,64}$/;

/**
 * AssumeRoleWithSAML: temporary credentials for a role, in exchange for an IdP's base64 SAMLResponse. Needs no signature.
 * The response is verified against the IAM SAML provider PrincipalArn names (lib/samlResponse.ts); its Role attribute
 * must pair RoleArn with PrincipalArn, its RoleSessionName attribute names the session, and the role's trust policy must
 * let the provider (`Principal.Federated`) perform `sts:AssumeRoleWithSAML`, with the `SAML:` condition keys. The
 * session lasts DurationSeconds (900 up to the role's MaxSessionDuration, one hour by default) or until the
 * AuthnStatement's SessionNotOnOrAfter, whichever comes first (STS API reference).
 * SIMPLIFIED: the `…/SessionDuration` attribute is not read: AWS applies it to console sessions, not to these credentials.
 */
export async function assumeRoleWithSAML(ctx: ActionContext<StsState>, request: AssumeRoleWithSAMLRequest): Promise<AssumeRoleWithSAMLResponse> {
  // [U] the order of STS's checks: the request's own documents, then the assertion, then the role.
  const policies = sessionPoliciesOf(ctx.peek(iam), request.Policy, request.PolicyArns);
  const verified = await verifyAwsSamlResponse(ctx, request.PrincipalArn, request.SAMLAssertion);
  if (isSamlRefusal(verified)) throw new CloudError(verified.code, verified.message);
  const { assertion, session, conditions } = verified;
  const sessionName = single(verified, AWS_SAML_ATTRIBUTES.roleSessionName);
  if (sessionName === undefined) throw new CloudError('InvalidIdentityTokenException', SAML_MESSAGES.noSessionName);
  if (!SESSION_NAME.test(sessionName)) throw new CloudError('InvalidIdentityTokenException', SAML_MESSAGES.badSessionName);
  const sourceIdentity = single(verified, AWS_SAML_ATTRIBUTES.sourceIdentity);
  if (sourceIdentity !== undefined && (!SESSION_NAME.test(sourceIdentity) || sourceIdentity.toLowerCase().startsWith('aws:')))
    throw new CloudError('InvalidIdentityTokenException', SAML_MESSAGES.badSourceIdentity);
  // The assertion must offer this role through this provider (IAM User Guide, "Troubleshoot SAML federation").
  const offered = verified.roles.some((pair) => pair.roleArn === request.RoleArn && pair.principalArn === verified.provider.Arn);
  if (!offered) throw new CloudError('AccessDenied', SAML_MESSAGES.denied, 403);
  const tags = principalTags(verified);
  const role = trustedRole(
    ctx,
    request.RoleArn,
    {
      type: 'SAML',
      federated: verified.provider.Arn,
      conditions: { ...conditions, 'sts:RoleSessionName': sessionName },
      tags,
      ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
    },
    'sts:AssumeRoleWithSAML',
    SAML_MESSAGES.denied,
  );
  const requested = sessionSeconds(role, request.DurationSeconds);
  const cap = assertion.sessionNotOnOrAfter;
  // [U] a SessionNotOnOrAfter already past: the assertion's session is over.
  if (cap !== undefined && cap <= ctx.now) throw new CloudError('ExpiredTokenException', SAML_MESSAGES.expired);
  const duration = cap === undefined ? requested : Math.min(requested, (cap - ctx.now) / 1000);
  const user = assumedRoleUser(ctx.accountId, role, sessionName);
  const issued = issueCredentials(ctx.state, ctx.random, ctx.now, duration, {
    roleArn: role.Arn,
    roleId: role.RoleId,
    sessionName,
    assumedRoleArn: user.Arn,
    sessionPolicies: policies.documents,
    tags,
    saml: session,
    ...(sourceIdentity !== undefined ? { sourceIdentity } : {}),
  });
  return {
    Credentials: credentialsOf(issued),
    AssumedRoleUser: user,
    ...(policies.packedPolicySize !== undefined ? { PackedPolicySize: policies.packedPolicySize } : {}),
    Subject: session.subject,
    SubjectType: session.subjectType,
    Issuer: session.issuer,
    Audience: session.audience,
    NameQualifier: session.nameQualifier,
    ...(sourceIdentity !== undefined ? { SourceIdentity: sourceIdentity } : {}),
  };
}

/** An attribute's first value. */
function single(verified: VerifiedSamlResponse, name: string): string | undefined {
  return verified.assertion.attributes[name]?.[0];
}

/** `…/PrincipalTag:<key>` attributes: session tags (IAM User Guide, "Passing session tags using AssumeRoleWithSAML"). */
function principalTags(verified: VerifiedSamlResponse): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const [name, values] of Object.entries(verified.assertion.attributes)) {
    if (name.startsWith(AWS_SAML_ATTRIBUTES.principalTag) && values[0] !== undefined) tags[name.slice(AWS_SAML_ATTRIBUTES.principalTag.length)] = values[0];
  }
  return tags;
}
