/**
 * What the federated AssumeRole* actions share once the caller's identity is verified (AssumeRoleWithWebIdentity: a token;
 * AssumeRoleWithSAML: an assertion): the role's trust policy judged by IAM's evaluator with the identity's condition keys,
 * the session tags' `sts:TagSession` and the source identity's `sts:SetSourceIdentity`, the role's MaxSessionDuration,
 * the session's ARNs, and the Credentials member of the answer.
 */
import type { ActionContext } from '../../context';
import { roleByArn } from '../../iam/lib/rolePolicies';
import type { RoleRecord } from '../../iam/model';
import { evaluatePolicies, type ContextValue, type EvaluationRequest } from '../../iam/policy';
import { iam } from '../../iam/service';
import { CloudError } from '../../kernel/errors';
import type { IssuedCredentials } from '../model';
import { STS_MESSAGES } from './messages';

/** The identity a federated request stands for, as the trust policy sees it. */
export interface FederatedPrincipal {
  type: 'WebIdentity' | 'SAML';
  /** The trust policy's `Principal.Federated` it matches: a provider's name or ARN. */
  federated: string;
  /** Its condition keys (`cognito-identity.amazonaws.com:aud`, `SAML:sub`…). */
  conditions: Record<string, ContextValue>;
  /** Session tags it asks for (key → value). */
  tags: Record<string, string>;
  sourceIdentity?: string;
}

/**
 * The role the request names, if its trust policy lets this principal perform `action` (and `sts:TagSession` when it
 * brings session tags, `sts:SetSourceIdentity` when it sets a source identity); AccessDenied `denied` otherwise. A role
 * that does not exist is refused in the same words as one whose trust policy refuses (no existence leak).
 */
export function trustedRole(ctx: ActionContext, roleArn: string, principal: FederatedPrincipal, action: string, denied: string): RoleRecord {
  const role = roleByArn(ctx.peek(iam), roleArn);
  if (!role || !trusts(role, principal, action)) throw new CloudError('AccessDenied', denied, 403);
  // [U] AWS's words when the trust policy does not allow sts:TagSession or sts:SetSourceIdentity.
  if (Object.keys(principal.tags).length > 0 && !trusts(role, principal, 'sts:TagSession'))
    throw new CloudError('AccessDenied', 'Not authorized to perform sts:TagSession', 403);
  if (principal.sourceIdentity !== undefined && !trusts(role, principal, 'sts:SetSourceIdentity'))
    throw new CloudError('AccessDenied', 'Not authorized to perform sts:SetSourceIdentity', 403);
  return role;
}

/** Whether the role's trust policy allows the principal this action (IAM's evaluator, the trust policy alone). */
function trusts(role: RoleRecord, principal: FederatedPrincipal, action: string): boolean {
  const context: Record<string, ContextValue> = { ...principal.conditions };
  const tagKeys = Object.keys(principal.tags);
  if (tagKeys.length > 0) {
    context['aws:TagKeys'] = tagKeys;
    for (const [key, value] of Object.entries(principal.tags)) context[`aws:RequestTag/${key}`] = value;
  }
  if (principal.sourceIdentity !== undefined) context['sts:SourceIdentity'] = principal.sourceIdentity;
  const evaluation: EvaluationRequest = {
    principal: { arn: principal.federated, type: principal.type, federated: principal.federated },
    action,
    resource: role.Arn,
    context,
  };
  return evaluatePolicies(evaluation, { identity: [], trust: { name: 'trust policy', document: role.AssumeRolePolicyDocument } }).decision === 'allow';
}

/** STS API reference: DurationSeconds defaults to one hour, and may not exceed the role's MaxSessionDuration (ValidationError). */
export function sessionSeconds(role: RoleRecord, requested: number | undefined): number {
  const duration = requested ?? 3600;
  if (duration > role.MaxSessionDuration) throw new CloudError('ValidationError', STS_MESSAGES.durationTooLong);
  return duration;
}

/** `arn:aws:sts::{account}:assumed-role/{role name}/{session}` and `AROA…:{session}`. */
export function assumedRoleUser(accountId: string, role: RoleRecord, sessionName: string): { AssumedRoleId: string; Arn: string } {
  const roleName = role.Arn.slice(role.Arn.lastIndexOf('/') + 1);
  return { AssumedRoleId: `${role.RoleId}:${sessionName}`, Arn: `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}` };
}

/** The Credentials member of an AssumeRole* answer. */
export function credentialsOf(issued: IssuedCredentials): { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: Date } {
  return {
    AccessKeyId: issued.AccessKeyId,
    SecretAccessKey: issued.SecretAccessKey,
    SessionToken: issued.SessionToken,
    Expiration: new Date(issued.Expiration),
  };
}
