import { store } from '../../kernel/records';
import { toBase64, utf8 } from '../../protocol/wire';
import type { ChecksumMember } from '../model';
import { bucketFor, type S3Context } from '../lib/buckets';
import { etagOf, verifiedChecksums } from '../lib/checksums';

export type PutObjectRequest = {
  Bucket: string;
  Key: string;
  Body?: Uint8Array | string;
  ContentType?: string;
  ContentMD5?: string;
  CacheControl?: string;
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  Metadata?: Record<string, string>;
  ChecksumAlgorithm?: string;
} & Partial<Record<ChecksumMember, string>>;

export type PutObjectResponse = { ETag: string } & Partial<Record<ChecksumMember, string>>;

/**
 * PutObject: stores the body (aws-chunked bodies arrive decoded) under the key, replacing any object there, with its
 * content type (default `application/octet-stream`), headers and `x-amz-meta-*` metadata. Every checksum sent, in a header
 * or a trailer, is verified (BadDigest on a mismatch) and kept; the answer repeats them with the ETag.
 * SIMPLIFIED: no versioning, conditional writes, ACLs, storage classes or encryption headers.
 */
export function putObject(ctx: S3Context, request: PutObjectRequest): PutObjectResponse {
  const bucket = bucketFor(ctx, request.Bucket);
  const body = typeof request.Body === 'string' ? utf8(request.Body) : (request.Body ?? new Uint8Array());
  const checksums = verifiedChecksums(request, body);
  const etag = etagOf(body);
  const headers = Object.fromEntries(
    (['CacheControl', 'ContentDisposition', 'ContentEncoding', 'ContentLanguage'] as const).flatMap((h) => (request[h] ? [[h, request[h]]] : [])),
  );
  store(bucket.objects, request.Key, {
    key: request.Key,
    body: toBase64(body),
    size: body.length,
    etag,
    lastModified: ctx.now,
    contentType: request.ContentType ?? 'application/octet-stream',
    headers,
    metadata: Object.fromEntries(Object.entries(request.Metadata ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    checksums,
  });
  return { ETag: etag, ...checksums };
}
