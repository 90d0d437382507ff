/**
 * What an IAM request names for its authorization (iam/policy/actions.ts's `iam` rows): the role (`{path}{name}` without
 * the leading slash, as its ARN's resource part), the managed policy (its ARN as sent, so an AWS managed policy keeps its
 * `aws` account; its name for CreatePolicy), SimulatePrincipalPolicy's principal and the identity provider. For the descriptor's
 * `authorization.scope`, which sees the request only.
 * SIMPLIFIED: a role named by RoleName alone (every action but CreateRole) is judged at the root path; IAM judges it
 * at its real path.
 */
import type { OperationScope } from '../policy';

export function iamScope(action: string, request: unknown): Partial<OperationScope> {
  const r = (request ?? {}) as {
    RoleName?: unknown;
    Path?: unknown;
    PolicyName?: unknown;
    PolicyArn?: unknown;
    PolicySourceArn?: unknown;
    OpenIDConnectProviderArn?: unknown;
    SAMLProviderArn?: unknown;
    Url?: unknown;
    Name?: unknown;
  };
  const scope: Partial<OperationScope> = {};
  const path = typeof r.Path === 'string' ? r.Path.slice(1) : '';
  if (typeof r.RoleName === 'string') scope.roleName = action === 'CreateRole' ? `${path}${r.RoleName}` : r.RoleName;
  if (typeof r.PolicyArn === 'string') scope.policyArn = r.PolicyArn;
  if (typeof r.PolicySourceArn === 'string') scope.policySourceArn = r.PolicySourceArn;
  const fromArn = typeof r.PolicyArn === 'string' ? /:policy\/(.+)$/.exec(r.PolicyArn)?.[1] : undefined;
  if (fromArn !== undefined) scope.policyName = fromArn;
  else if (action === 'CreatePolicy' && typeof r.PolicyName === 'string') scope.policyName = `${path}${r.PolicyName}`;
  // The identity providers: by the ARN a request names, or (to create one) by its URL without the scheme or its name.
  const providerArn = r.OpenIDConnectProviderArn ?? r.SAMLProviderArn;
  if (typeof providerArn === 'string') scope.providerArn = providerArn;
  if (action === 'CreateOpenIDConnectProvider' && typeof r.Url === 'string') scope.providerName = r.Url.replace(/^https:\/\//, '');
  if (action === 'CreateSAMLProvider' && typeof r.Name === 'string') scope.providerName = r.Name;
  return scope;
}
