import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { S3Context } from '../lib/buckets';

export interface ListBucketsRequest {
  BucketRegion?: string;
  Prefix?: string;
}

export interface ListBucketsResponse {
  Buckets: { Name: string; CreationDate: Date; BucketRegion: string }[];
  Owner: { ID: string; DisplayName?: string };
}

/** The account's canonical user id: 64 hex digits. SIMPLIFIED: derived from the account id, not S3's own. */
export const canonicalUserId = (accountId: string): string => bytesToHex(sha256(utf8ToBytes(`canonical-user:${accountId}`)));

/**
 * ListBuckets: every bucket the account owns, in every region, by name; `BucketRegion` and `Prefix` filter.
 * SIMPLIFIED: no MaxBuckets pagination.
 */
export function listBuckets(ctx: S3Context, request: ListBucketsRequest): ListBucketsResponse {
  const buckets = Object.values(ctx.state.buckets)
    .filter((b) => (request.BucketRegion === undefined || b.region === request.BucketRegion) && b.name.startsWith(request.Prefix ?? ''))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((b) => ({ Name: b.name, CreationDate: new Date(b.createdAt), BucketRegion: b.region }));
  return { Buckets: buckets, Owner: { ID: canonicalUserId(ctx.accountId) } };
}
