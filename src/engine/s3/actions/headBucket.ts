import { bucketFor, type S3Context } from '../lib/buckets';

export interface HeadBucketRequest {
  Bucket: string;
}

export interface HeadBucketResponse {
  BucketRegion: string;
  AccessPointAlias: boolean;
}

/** HeadBucket: 200 with the bucket's region in `x-amz-bucket-region`; an unknown bucket is 404 with no body. */
export function headBucket(ctx: S3Context, request: HeadBucketRequest): HeadBucketResponse {
  const bucket = bucketFor(ctx, request.Bucket);
  return { BucketRegion: bucket.region, AccessPointAlias: false };
}
