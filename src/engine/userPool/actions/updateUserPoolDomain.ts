import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import { checkManagedLoginVersion, ownedDomain } from '../lib/domains';
import { getPool } from '../lib/pools';

export interface UpdateUserPoolDomainRequest {
  Domain: string;
  UserPoolId: string;
  ManagedLoginVersion?: number;
  CustomDomainConfig?: { CertificateArn: string };
}

export interface UpdateUserPoolDomainResponse {
  ManagedLoginVersion?: number;
  CloudFrontDomain?: string;
}

/**
 * UpdateUserPoolDomain: switches a domain between the classic hosted UI (ManagedLoginVersion 1) and managed login (2).
 * The domain must be the named pool's: otherwise `InvalidParameterException: No such domain or user pool exists.` [O]
 * AWS names a CloudFrontDomain only for a custom domain; for a prefix domain the answer leaves it out (API reference).
 * [U] that the answer carries the ManagedLoginVersion now in effect; a request without one keeps the current version.
 * SIMPLIFIED: version 2 serves the same pages as version 1 (the hosted UI has no branding editor); custom domains and
 * their certificates (CustomDomainConfig) are refused, as CreateUserPoolDomain refuses them.
 */
export async function updateUserPoolDomain(ctx: ActionContext, request: UpdateUserPoolDomainRequest): Promise<UpdateUserPoolDomainResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  const record = ownedDomain(ctx, pool, request.Domain);
  if (request.CustomDomainConfig) {
    throw new CloudError('InvalidParameterException', 'Custom domains are not simulated: create a prefix domain (a Domain without dots).');
  }
  checkManagedLoginVersion(request.ManagedLoginVersion);
  if (request.ManagedLoginVersion !== undefined) record.ManagedLoginVersion = request.ManagedLoginVersion;
  return { ManagedLoginVersion: record.ManagedLoginVersion };
}
