/**
 * SAML logins of an identity pool (Cognito Developer Guide, "Setting up a SAML provider as an identity pool IdP"): the
 * Logins key is an IAM SAML provider's ARN the pool lists in SamlProviderARNs, the value the IdP's base64 SAMLResponse.
 * It is checked as STS checks it (sts/lib/samlResponse.ts: the provider's signing certificates and entityID, AWS's
 * sign-in endpoint as audience and recipient, its validity); the identity is the assertion's NameID at that provider. The
 * roles the user may get are the assertion's Role attribute; only the enhanced flow takes SAML logins.
 */
import { CloudError } from '../../kernel/errors';
import { isSamlRefusal, verifyAwsSamlResponse, type SamlRolePair } from '../../sts/lib/samlResponse';
import type { IdentityPoolRecord, PoolRoles } from '../model';
import type { VerifiedLogin } from './logins';
import type { IdentityPoolContext } from './pools';
import { mappingOf } from './roles';

/** Whether this Logins key is a SAML provider the pool lists. */
export const isSamlLogin = (pool: IdentityPoolRecord, provider: string): boolean => (pool.SamlProviderARNs ?? []).includes(provider);

/** The assertion's attributes are the login's claims: role mapping rules and principal tags read them by Name. */
export async function verifySamlLogin(ctx: IdentityPoolContext, provider: string, response: string): Promise<VerifiedLogin> {
  const verified = await verifyAwsSamlResponse(ctx, provider, response);
  // [U] the code and words: STS's reason after "Invalid login token.", as for a refused ID token.
  if (isSamlRefusal(verified)) throw new CloudError('NotAuthorizedException', `Invalid login token. ${verified.message}`);
  const { assertion } = verified;
  const claims: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(assertion.attributes)) claims[name] = values.length === 1 ? values[0] : [...values];
  return {
    provider,
    subject: assertion.nameId,
    claims,
    // [U] a SAML login's `amr` entry, were it ever in an OpenID token.
    amr: `${provider}:${assertion.nameId}`,
    saml: { response, roles: verified.roles.filter((pair) => pair.principalArn === verified.provider.Arn) },
  };
}

/** [U] the code and words when the assertion offers several roles and the request does not choose one. */
export const SEVERAL_SAML_ROLES = 'The SAML assertion offers more than one role: choose one with CustomRoleArn.';
/** [U] the code and words for a CustomRoleArn the assertion does not offer. */
export const ROLE_NOT_IN_ASSERTION = 'The CustomRoleArn is not one of the roles in the SAML assertion.';

/**
 * The role of a SAML login (Developer Guide: the assertion's Role attribute names the roles the user may assume; with
 * several, the request's CustomRoleArn picks one). A role mapping the pool keys by the provider's ARN decides first [U];
 * an assertion without a role for this provider falls back to the pool's roles, which STS then refuses.
 */
export function samlRole(
  roles: PoolRoles | undefined,
  login: VerifiedLogin & { saml: { roles: SamlRolePair[] } },
  customRoleArn: string | undefined,
): string | undefined {
  if (mappingOf(roles, login)) return undefined;
  const offered = login.saml.roles.map((pair) => pair.roleArn);
  if (customRoleArn !== undefined) {
    if (offered.includes(customRoleArn)) return customRoleArn;
    throw new CloudError('NotAuthorizedException', ROLE_NOT_IN_ASSERTION);
  }
  if (offered.length > 1) throw new CloudError('InvalidParameterException', SEVERAL_SAML_ROLES);
  return offered[0];
}
