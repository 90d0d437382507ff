/**
 * Which role an identity's credentials are for (Cognito Developer Guide, "Role-based access control"): a login whose
 * provider has a role mapping chooses by its token (`cognito:roles`, `cognito:preferred_role`) or by rules on its claims;
 * when that resolves nothing, AmbiguousRoleResolution decides. Without a mapping, and for guests, the pool's default
 * authenticated or unauthenticated role.
 */
import { CloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import type { MappingRule, PoolRoles, RoleMapping } from '../model';
import type { VerifiedLogin } from './logins';

/** [O] AWS's words when there is no role to give, or the role refuses the pool's token. */
export const INVALID_POOL_CONFIGURATION = 'Invalid identity pool configuration. Check assigned IAM roles for this pool.';

export const invalidConfiguration = () => new CloudError('InvalidIdentityPoolConfigurationException', INVALID_POOL_CONFIGURATION);

/** The role mapping that applies to a login: keyed by its provider and, for a user pool, the token's app client. */
export function mappingOf(roles: PoolRoles | undefined, login: VerifiedLogin): RoleMapping | undefined {
  return lookup(roles?.RoleMappings ?? {}, `${login.provider}:${String(login.claims.aud)}`) ?? lookup(roles?.RoleMappings ?? {}, login.provider);
}

export function resolveRole(roles: PoolRoles | undefined, logins: readonly VerifiedLogin[], customRoleArn: string | undefined): string {
  if (logins.length === 0) return roles?.Roles.unauthenticated ?? throwInvalid();
  // [U] with several logins, the first whose provider has a mapping chooses.
  const mapped = logins.map((login) => ({ login, mapping: mappingOf(roles, login) })).find((m) => m.mapping);
  if (!mapped) return roles?.Roles.authenticated ?? throwInvalid();
  const { login, mapping } = mapped as { login: VerifiedLogin; mapping: RoleMapping };
  const chosen = mapping.Type === 'Token' ? byToken(login, customRoleArn) : byRules(login, mapping.RulesConfiguration?.Rules ?? []);
  if (chosen) return chosen;
  if (mapping.AmbiguousRoleResolution === 'AuthenticatedRole') return roles?.Roles.authenticated ?? throwInvalid();
  // [U] the code and words when AmbiguousRoleResolution is Deny and nothing resolved.
  throw new CloudError('NotAuthorizedException', 'No role could be resolved for this login, and the role mapping denies ambiguous ones.');
}

function throwInvalid(): never {
  throw invalidConfiguration();
}

/** Token: the CustomRoleArn asked for if the token lists it in `cognito:roles`, else the token's `cognito:preferred_role`. */
function byToken(login: VerifiedLogin, customRoleArn: string | undefined): string | undefined {
  const listed = Array.isArray(login.claims['cognito:roles']) ? (login.claims['cognito:roles'] as unknown[]).map(String) : [];
  if (customRoleArn !== undefined) {
    if (listed.includes(customRoleArn)) return customRoleArn;
    // [U] the code and words for a CustomRoleArn the token does not list.
    throw new CloudError('NotAuthorizedException', 'The CustomRoleArn is not one of the roles in the token (cognito:roles).');
  }
  const preferred = login.claims['cognito:preferred_role'];
  return typeof preferred === 'string' ? preferred : undefined;
}

/** Rules: in order, the first that matches wins; a NotEqual rule on a claim the token lacks is skipped. */
function byRules(login: VerifiedLogin, rules: readonly MappingRule[]): string | undefined {
  return rules.find((rule) => ruleMatches(rule, login.claims[rule.Claim]))?.RoleARN;
}

/** [U] a list claim (`cognito:groups`) matches when one of its values does; NotEqual when none equals. */
export function ruleMatches(rule: MappingRule, claim: unknown): boolean {
  if (claim === undefined || claim === null) return false;
  const values = (Array.isArray(claim) ? claim : [claim]).map(String);
  switch (rule.MatchType) {
    case 'Equals':
      return values.includes(rule.Value);
    case 'Contains':
      return values.some((v) => v.includes(rule.Value));
    case 'StartsWith':
      return values.some((v) => v.startsWith(rule.Value));
    case 'NotEqual':
      return !values.includes(rule.Value);
    default:
      return false;
  }
}
