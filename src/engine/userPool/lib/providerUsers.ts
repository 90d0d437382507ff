import { CloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import type { IdentityProviderRecord, UserPoolRecord } from '../model';
import { COGNITO_SUBJECT } from './federatedUsers';
import { SOCIAL_TYPES } from './identityProviders';

/** ProviderUserIdentifierType: a user named by a provider and one of its attributes. */
export interface ProviderUserIdentifier {
  ProviderName?: string;
  ProviderAttributeName?: string;
  ProviderAttributeValue?: string;
}

/** What AdminLinkProviderForUser and AdminDisableProviderForUser call the pool's own directory. */
export const COGNITO_DIRECTORY = 'Cognito';

/**
 * The provider a SourceUser or User names, and its attribute: a provider of the pool ([U] the code and wording for one
 * the pool does not have; these are the words client validation uses), whose attribute is `Cognito_Subject` for a social
 * provider (the API reference: "must"), or for OIDC and SAML `Cognito_Subject` or a pool attribute its AttributeMapping
 * fills ([U] the wording of both refusals).
 */
export function providerIdentity(
  pool: UserPoolRecord,
  who: ProviderUserIdentifier,
  member: string,
): { provider: IdentityProviderRecord; name: string; value: string } {
  const provider = lookup(pool.identityProviders, who.ProviderName ?? '');
  if (!provider) throw new CloudError('InvalidParameterException', `The provider ${who.ProviderName ?? ''} does not exist for User Pool ${pool.Id}.`);
  const name = who.ProviderAttributeName ?? COGNITO_SUBJECT;
  const value = who.ProviderAttributeValue;
  if (!value) throw new CloudError('InvalidParameterException', `${member}.ProviderAttributeValue is required.`);
  if (name !== COGNITO_SUBJECT) {
    if (SOCIAL_TYPES.includes(provider.ProviderType)) {
      throw new CloudError('InvalidParameterException', `${member}.ProviderAttributeName must be ${COGNITO_SUBJECT} for a ${provider.ProviderType} provider.`);
    }
    if (!Object.hasOwn(provider.AttributeMapping, name)) {
      throw new CloudError('InvalidParameterException', `${member}.ProviderAttributeName ${name} is not mapped by the provider ${provider.ProviderName}.`);
    }
  }
  return { provider, name, value };
}
