import type { ActionContext } from '../../context';
import type { IamState, SamlProviderRecord, TagRecord } from '../model';
import { entityAlreadyExists, IAM_MESSAGES } from '../lib/errors';
import { samlProviderUuid } from '../lib/ids';
import { readSamlMetadata } from '../lib/samlMetadata';
import { findSamlProvider, samlProviderArn, samlProviderKey } from '../lib/samlProviders';
import { readTags } from '../lib/tags';

export interface CreateSAMLProviderRequest {
  SAMLMetadataDocument: string;
  Name: string;
  Tags?: TagRecord[];
  AssertionEncryptionMode?: string;
  AddPrivateKey?: string;
}

/** [U] how long a provider is valid when its metadata says nothing: a hundred years, as IAM's answers show. */
const HUNDRED_YEARS_MS = 100 * 365.25 * 24 * 3600 * 1000;

/**
 * CreateSAMLProvider: an IdP the account trusts, from its metadata document (entity id, signing certificates, SSO
 * locations: lib/samlMetadata.ts), at `arn:aws:iam::{account}:saml-provider/{Name}`. ValidUntil: the metadata's
 * `validUntil` if it has one, else a hundred years on [U].
 * SIMPLIFIED: encrypted assertions (AssertionEncryptionMode, AddPrivateKey) are not simulated; the members are accepted and ignored.
 */
export function createSAMLProvider(ctx: ActionContext<IamState>, request: CreateSAMLProviderRequest): { SAMLProviderArn: string; Tags?: TagRecord[] } {
  const arn = samlProviderArn(ctx.accountId, request.Name);
  if (findSamlProvider(ctx.state, arn)) throw entityAlreadyExists(IAM_MESSAGES.samlProviderExists(request.Name));
  const metadata = readSamlMetadata(request.SAMLMetadataDocument);
  const tags = readTags(request.Tags);
  const declared = metadata.validUntil === undefined ? NaN : Date.parse(metadata.validUntil);
  const provider: SamlProviderRecord = {
    Arn: arn,
    Name: request.Name,
    SAMLMetadataDocument: request.SAMLMetadataDocument,
    SAMLProviderUUID: samlProviderUuid(ctx.random),
    CreateDate: ctx.now,
    ValidUntil: Number.isNaN(declared) ? ctx.now + HUNDRED_YEARS_MS : declared,
    Tags: tags,
    metadata,
  };
  ctx.state.samlProviders[samlProviderKey(arn)] = provider;
  return { SAMLProviderArn: arn, ...(tags.length > 0 ? { Tags: tags.map((t) => ({ ...t })) } : {}) };
}
