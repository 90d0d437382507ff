/**
 * AccessDenied texts as AWS words them. The IAM User Guide ("Troubleshoot access denied error messages"): "Most access
 * denied error messages appear in the format User user is not authorized to perform action on resource because
 * context", and "When a policy explicitly denies access because the policy contains a Deny statement, then AWS
 * includes the phrase with an explicit deny in a type policy … When the policy implicitly denies access, then AWS
 * includes the phrase because no type policy allows the action action". Real answers punctuate it
 * `User: <arn> is not authorized to perform: <action> on resource: <arn> because no identity-based policy allows the
 * <action> action` [O] (the facts sheet §6 quotes one for a session policy).
 */
import type { DecisionKind, EvaluationRequest, PolicyType } from './types';

const TYPE_WORDS: Record<PolicyType, string> = {
  identity: 'identity-based',
  session: 'session',
  // A role's trust policy is the role's resource-based policy.
  trust: 'resource-based',
};

const article = (words: string) => (/^[aeiou]/.test(words) ? 'an' : 'a');

/** STS's answer when a role's trust policy does not let a web identity assume it (Cognito DG "Role trust and permissions"). */
export const WEB_IDENTITY_DENIED = 'Not authorized to perform sts:AssumeRoleWithWebIdentity';

/** The AccessDenied message for a denied request, naming the policy type that denied it. */
export function accessDeniedMessage(request: EvaluationRequest, decision: Exclude<DecisionKind, 'allow'>, type: PolicyType): string {
  if (type === 'trust' && request.action.toLowerCase() === 'sts:assumerolewithwebidentity') return WEB_IDENTITY_DENIED;
  // [U] with no resource (`*`, e.g. s3:ListAllMyBuckets) AWS leaves out the "on resource" part.
  const on = request.resource === '*' ? '' : ` on resource: ${request.resource}`;
  const head = `User: ${request.principal.arn} is not authorized to perform: ${request.action}${on}`;
  // [U] STS's AssumeRole denial names no policy type.
  if (type === 'trust' && decision === 'implicitDeny') return head;
  const words = TYPE_WORDS[type];
  return decision === 'explicitDeny'
    ? `${head} with an explicit deny in ${article(words)} ${words} policy`
    : `${head} because no ${words} policy allows the ${request.action} action`;
}
