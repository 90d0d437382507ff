import { lookup } from '../../kernel/records';
import { bucketFor, type S3Context } from '../lib/buckets';

export interface DeleteObjectRequest {
  Bucket: string;
  Key: string;
}

export type DeleteObjectResponse = Record<string, never>;

/** DeleteObject: removes the key; 204 whether or not it was there (NoSuchBucket for an unknown bucket). SIMPLIFIED: no versioning. */
export function deleteObject(ctx: S3Context, request: DeleteObjectRequest): DeleteObjectResponse {
  const bucket = bucketFor(ctx, request.Bucket);
  if (lookup(bucket.objects, request.Key)) delete bucket.objects[request.Key];
  return {};
}
