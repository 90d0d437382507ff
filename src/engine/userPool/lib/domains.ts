import { CloudError } from '../../kernel/errors';
import type { ActionContext } from './context';
import type { DomainRecord, UserPoolRecord } from '../model';

/**
 * The domain a pool holds, for UpdateUserPoolDomain and DeleteUserPoolDomain, which name both: a domain that is not this
 * pool's (another pool's, or none at all) → `InvalidParameterException: No such domain or user pool exists.` [O]
 */
export function ownedDomain(ctx: ActionContext, pool: UserPoolRecord, domain: string): DomainRecord {
  const record = pool.Domain === domain && Object.hasOwn(ctx.state.domains, domain) ? ctx.state.domains[domain] : undefined;
  if (!record || record.UserPoolId !== pool.Id) throw new CloudError('InvalidParameterException', 'No such domain or user pool exists.');
  return record;
}

/** DescribeUserPoolDomain's DomainDescriptionType for a prefix domain (no CustomDomainConfig). */
export function domainDescription(record: DomainRecord) {
  return {
    UserPoolId: record.UserPoolId,
    AWSAccountId: record.AWSAccountId,
    Domain: record.Domain,
    S3Bucket: record.S3Bucket,
    CloudFrontDistribution: record.CloudFrontDistribution,
    Version: record.Version,
    Status: record.Status,
    ManagedLoginVersion: record.ManagedLoginVersion,
  };
}

export type DomainDescriptionType = ReturnType<typeof domainDescription>;

/**
 * ManagedLoginVersion is 1 (the classic hosted UI) or 2 (managed login); the model leaves it an unbounded integer.
 * [U] AWS's answer to another number.
 */
export function checkManagedLoginVersion(version: number | undefined): void {
  if (version !== undefined && version !== 1 && version !== 2) {
    throw new CloudError('InvalidParameterException', `ManagedLoginVersion ${version} is not supported: use 1 (hosted UI, classic) or 2 (managed login).`);
  }
}
