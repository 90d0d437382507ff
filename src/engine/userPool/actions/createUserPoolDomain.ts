import type { ActionContext } from '../lib/context';
import { CloudError } from '../../kernel/errors';
import type { DomainRecord } from '../model';
import { getPool } from '../lib/pools';
import { checkManagedLoginVersion } from '../lib/domains';

export interface CreateUserPoolDomainRequest {
  Domain: string;
  UserPoolId: string;
  ManagedLoginVersion?: number;
  CustomDomainConfig?: { CertificateArn: string };
}

export interface CreateUserPoolDomainResponse {
  ManagedLoginVersion?: number;
  CloudFrontDomain?: string;
}

/** [O] AWS's answer to a prefix with other characters, with the pattern it checks. */
const PREFIX = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Words a prefix may not contain anywhere, refused as `Domain cannot contain reserved word: <word>` [O]. */
const RESERVED_WORDS = ['aws', 'amazon', 'cognito'];

/**
 * CreateUserPoolDomain: a prefix domain, so the pool's hosted UI answers at `https://{Domain}.auth.{region}.amazoncognito.com`.
 * A prefix is unique in its region (across every account) and a pool has one domain; it may not contain the reserved
 * words `aws`, `amazon` or `cognito`. ManagedLoginVersion is 1 (the classic hosted UI) unless the request asks for 2.
 * SIMPLIFIED: custom domains (CustomDomainConfig, a certificate and your own DNS) are refused; the domain is ACTIVE at once,
 * where AWS takes a minute or so.
 */
export async function createUserPoolDomain(ctx: ActionContext, request: CreateUserPoolDomainRequest): Promise<CreateUserPoolDomainResponse> {
  const pool = getPool(ctx, request.UserPoolId);
  if (request.CustomDomainConfig) {
    throw new CloudError('InvalidParameterException', 'Custom domains are not simulated: create a prefix domain (a Domain without dots).');
  }
  if (!PREFIX.test(request.Domain)) {
    throw new CloudError(
      'InvalidParameterException',
      'The domain name contains an invalid character. Domain names can only contain lower-case letters, numbers, and hyphens. Please enter a different name that follows this format: ^[a-z0-9](?:[a-z0-9\\-]{0,61}[a-z0-9])?$',
    );
  }
  // [U] which word AWS names when a prefix holds several: the first of aws, amazon, cognito.
  const reserved = RESERVED_WORDS.find((word) => request.Domain.includes(word));
  if (reserved) throw new CloudError('InvalidParameterException', `Domain cannot contain reserved word: ${reserved}`);
  if (Object.hasOwn(ctx.state.domains, request.Domain)) throw new CloudError('InvalidParameterException', 'Domain already associated with another user pool.');
  // [O] the message a second domain for one pool gets.
  if (pool.Domain) throw new CloudError('InvalidParameterException', 'User pool already has a domain configured.');
  checkManagedLoginVersion(request.ManagedLoginVersion);
  const version = request.ManagedLoginVersion ?? 1;
  const record: DomainRecord = {
    Domain: request.Domain,
    UserPoolId: pool.Id,
    AWSAccountId: ctx.accountId,
    ManagedLoginVersion: version,
    Status: 'ACTIVE',
    // [U] the CloudFront distribution and bucket AWS names for a prefix domain: made from the seeded generator.
    CloudFrontDistribution: `d${ctx.random.hex(7).slice(0, 13)}.cloudfront.net`,
    S3Bucket: `aws-cognito-prod-${ctx.region.replace(/-\d+$/, '').replace(/-/g, '')}-assets`,
    // The version is the creation time, `yyyyMMddHHmmss` as AWS writes it [O].
    Version: new Date(ctx.now).toISOString().replace(/\D/g, '').slice(0, 14),
    CreationDate: ctx.now,
  };
  ctx.state.domains[record.Domain] = record;
  pool.Domain = record.Domain;
  return { ManagedLoginVersion: version };
}
