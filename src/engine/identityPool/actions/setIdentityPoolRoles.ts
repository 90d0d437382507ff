import { CloudError } from '../../kernel/errors';
import { oidcLoginKey } from '../lib/externalLogins';
import type { IdentityPoolRecord, PoolRoles, RoleMapping } from '../model';
import { getIdentityPool, type IdentityPoolContext } from '../lib/pools';

export interface SetIdentityPoolRolesRequest extends PoolRoles {
  IdentityPoolId: string;
}

const invalid = (message: string) => new CloudError('InvalidParameterException', message);

/**
 * The providers a role mapping may be keyed by: a user pool with one of its app clients (`<provider>:<client id>`), a
 * SupportedLoginProviders key (`accounts.google.com`), an IAM OIDC provider by its URL without the scheme, or an IAM SAML
 * provider by its ARN (its Logins key: the console's "Choose role with rules" for a SAML provider).
 */
function mappingKeys(pool: IdentityPoolRecord): string[] {
  return [
    ...(pool.CognitoIdentityProviders ?? []).map((p) => `${p.ProviderName}:${p.ClientId}`),
    ...Object.keys(pool.SupportedLoginProviders ?? {}),
    ...(pool.OpenIdConnectProviderARNs ?? []).map(oidcLoginKey),
    ...(pool.SamlProviderARNs ?? []),
  ];
}

/**
 * Sets the pool's default roles and its providers' role mappings, replacing what was there. The roles are not looked up
 * here: a role that is missing or does not trust the pool fails when credentials are asked for, as in AWS.
 */
export function setIdentityPoolRoles(ctx: IdentityPoolContext, request: SetIdentityPoolRolesRequest): Record<string, never> {
  const pool = getIdentityPool(ctx, request.IdentityPoolId);
  const allowed = mappingKeys(pool);
  for (const [key, mapping] of Object.entries(request.RoleMappings ?? {})) {
    // [U] the wording of each refusal below; the rules are AWS's (API reference, RoleMapping).
    if (!allowed.includes(key)) throw invalid(`The role mapping key ${key} is not a provider of this identity pool (expected <provider>:<app client id>).`);
    checkMapping(key, mapping);
  }
  ctx.state.roles[pool.IdentityPoolId] = {
    Roles: { ...request.Roles },
    ...(request.RoleMappings ? { RoleMappings: structuredClone(request.RoleMappings) } : {}),
  };
  return {};
}

function checkMapping(key: string, mapping: RoleMapping): void {
  if (!mapping.AmbiguousRoleResolution) throw invalid(`AmbiguousRoleResolution must be specified for the role mapping of ${key}.`);
  if (mapping.Type === 'Rules') {
    const rules = mapping.RulesConfiguration?.Rules ?? [];
    if (rules.length === 0) throw invalid(`RulesConfiguration must be specified for the Rules role mapping of ${key}.`);
    // Cognito Developer Guide, "Role-based access control": at most 25 rules per provider.
    if (rules.length > 25) throw invalid(`A role mapping can have at most 25 rules; ${key} has ${rules.length}.`);
  }
}
