import type { ActionContext } from '../lib/context';
import { domainDescription, type DomainDescriptionType } from '../lib/domains';

export interface DescribeUserPoolDomainRequest {
  Domain: string;
}

export interface DescribeUserPoolDomainResponse {
  DomainDescription: DomainDescriptionType | Record<string, never>;
}

/**
 * DescribeUserPoolDomain: a prefix domain of the region with its pool, account, CloudFront distribution, bucket,
 * version, status and managed login version. A domain nobody holds is no error: AWS answers `{ DomainDescription: {} }` [O],
 * which is how a caller learns that a prefix is free.
 */
export async function describeUserPoolDomain(ctx: ActionContext, request: DescribeUserPoolDomainRequest): Promise<DescribeUserPoolDomainResponse> {
  const record = Object.hasOwn(ctx.state.domains, request.Domain) ? ctx.state.domains[request.Domain] : undefined;
  return { DomainDescription: record ? domainDescription(record) : {} };
}
