/** IAM SAML providers by ARN: `arn:aws:iam::{account}:saml-provider/{Name}`, names unique regardless of case [U]. */
import type { IamState, SamlProviderRecord } from '../model';
import { IAM_MESSAGES, noSuchEntity } from './errors';

export const samlProviderArn = (accountId: string, name: string): string => `arn:aws:iam::${accountId}:saml-provider/${name}`;

export const samlProviderKey = (arn: string): string => arn.toLowerCase();

/** The provider at this ARN, or NoSuchEntity "Manifest not found for arn …". */
export function findSamlProvider(state: IamState, arn: string): SamlProviderRecord | undefined {
  const key = samlProviderKey(arn);
  return Object.hasOwn(state.samlProviders, key) ? state.samlProviders[key] : undefined;
}

export function requireSamlProvider(state: IamState, arn: string): SamlProviderRecord {
  const provider = findSamlProvider(state, arn);
  if (!provider) throw noSuchEntity(IAM_MESSAGES.noSamlProvider(arn));
  return provider;
}
