import type { ActionContext } from '../../context';
import { lookup } from '../../kernel/records';
import type { BucketRecord, ObjectRecord, S3State } from '../model';
import { noSuchBucket, noSuchKey, s3Error, S3_MESSAGES } from './errors';

export type S3Context = ActionContext<S3State>;

/**
 * The bucket a request names, in the region it was sent to. A bucket of another region answers 301 PermanentRedirect
 * with its region in `x-amz-bucket-region`, as S3 does at a regional endpoint.
 */
export function bucketFor(ctx: S3Context, name: string): BucketRecord {
  const bucket = lookup(ctx.state.buckets, name);
  if (!bucket) throw noSuchBucket(name);
  if (bucket.region !== ctx.region) {
    // SIMPLIFIED: s3.amazonaws.com (us-east-1) redirects too; real S3 still answers some requests there for any region's bucket.
    throw s3Error(
      'PermanentRedirect',
      S3_MESSAGES.permanentRedirect,
      301,
      { Endpoint: `${name}.s3.${bucket.region}.amazonaws.com`, Bucket: name },
      { 'x-amz-bucket-region': bucket.region },
    );
  }
  return bucket;
}

export function objectIn(bucket: BucketRecord, key: string): ObjectRecord {
  const found = lookup(bucket.objects, key);
  if (!found) throw noSuchKey(key);
  return found;
}
