import { bucketFor, objectIn, type S3Context } from '../lib/buckets';
import { objectHeaders, type ObjectHeaders } from '../lib/objects';

export interface HeadObjectRequest {
  Bucket: string;
  Key: string;
  ChecksumMode?: string;
}

/** HeadObject: GetObject's headers without the body; an unknown bucket or key is 404 with no body. */
export function headObject(ctx: S3Context, request: HeadObjectRequest): ObjectHeaders {
  return objectHeaders(objectIn(bucketFor(ctx, request.Bucket), request.Key), request.ChecksumMode);
}
