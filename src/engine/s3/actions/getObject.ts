import { fromBase64 } from '../../protocol/wire';
import { bucketFor, objectIn, type S3Context } from '../lib/buckets';
import { objectHeaders, type ObjectHeaders } from '../lib/objects';

export interface GetObjectRequest {
  Bucket: string;
  Key: string;
  ChecksumMode?: string;
}

export type GetObjectResponse = ObjectHeaders & { Body: Uint8Array };

/**
 * GetObject: the object's bytes, with its content type, length, ETag, Last-Modified and metadata in headers (and its
 * checksums, asked with `x-amz-checksum-mode: ENABLED`). NoSuchBucket or NoSuchKey (404) otherwise.
 * SIMPLIFIED: no Range, conditional (If-Match…), versionId or response-* overrides.
 */
export function getObject(ctx: S3Context, request: GetObjectRequest): GetObjectResponse {
  const object = objectIn(bucketFor(ctx, request.Bucket), request.Key);
  return { ...objectHeaders(object, request.ChecksumMode), Body: fromBase64(object.body) ?? new Uint8Array() };
}
