import { AWS_REGIONS } from '../../router';
import { lookup, store } from '../../kernel/records';
import type { S3Context } from '../lib/buckets';
import { s3Error, S3_MESSAGES } from '../lib/errors';

export interface CreateBucketRequest {
  Bucket: string;
  CreateBucketConfiguration?: { LocationConstraint?: string };
  ObjectOwnership?: string;
}

export interface CreateBucketResponse {
  Location: string;
}

/** The region where S3 still answers CreateBucket without a LocationConstraint, and says so idempotently. */
const LEGACY_REGION = 'us-east-1';

/**
 * Names other accounts own: with one simulated account, these stand for S3's shared namespace.
 * SIMPLIFIED: a short list of names certainly taken in real S3.
 */
const TAKEN = new Set(['bucket', 'test', 'example', 'examplebucket', 'my-bucket', 'images', 'data', 'backup']);

/** S3's general purpose bucket names: 3–63 of `a-z 0-9 . -`, a letter or digit at each end, no `..`, not an IP address. */
function validName(name: string): boolean {
  return (
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name) &&
    !name.includes('..') &&
    !/^\d+\.\d+\.\d+\.\d+$/.test(name) &&
    !/^(xn--|sthree-|amzn-s3-demo-)/.test(name) &&
    !/(-s3alias|--ol-s3|\.mrap|--x-s3)$/.test(name)
  );
}

/**
 * CreateBucket: a bucket in the region the request was sent to. Outside us-east-1 the body's LocationConstraint must
 * name that region (none, or another, is IllegalLocationConstraintException; an unknown one, or `us-east-1` itself,
 * InvalidLocationConstraint). A name you own is BucketAlreadyOwnedByYou (409), except in us-east-1, which answers 200 and
 * changes nothing; a name another account owns is BucketAlreadyExists (409).
 */
export function createBucket(ctx: S3Context, request: CreateBucketRequest): CreateBucketResponse {
  const name = request.Bucket;
  if (!validName(name)) throw s3Error('InvalidBucketName', S3_MESSAGES.invalidBucketName, 400, { BucketName: name });
  const constraint = request.CreateBucketConfiguration?.LocationConstraint;
  if (constraint !== undefined && (!AWS_REGIONS.has(constraint) || constraint === LEGACY_REGION)) {
    throw s3Error('InvalidLocationConstraint', S3_MESSAGES.invalidLocationConstraint, 400, { LocationConstraint: constraint });
  }
  if (constraint === undefined && ctx.region !== LEGACY_REGION) {
    throw s3Error('IllegalLocationConstraintException', S3_MESSAGES.unspecifiedLocationConstraint, 400);
  }
  if (constraint !== undefined && constraint !== ctx.region) {
    throw s3Error('IllegalLocationConstraintException', S3_MESSAGES.incompatibleLocationConstraint(constraint), 400);
  }
  const location = ctx.region === LEGACY_REGION ? `/${name}` : `http://${name}.s3.amazonaws.com/`;
  const existing = lookup(ctx.state.buckets, name);
  if (existing) {
    // [O] us-east-1 keeps its legacy answer: 200, and the bucket as it was.
    if (ctx.region === LEGACY_REGION && existing.region === LEGACY_REGION) return { Location: location };
    throw s3Error('BucketAlreadyOwnedByYou', S3_MESSAGES.bucketAlreadyOwnedByYou, 409, { BucketName: name });
  }
  if (TAKEN.has(name)) throw s3Error('BucketAlreadyExists', S3_MESSAGES.bucketAlreadyExists, 409, { BucketName: name });
  store(ctx.state.buckets, name, { name, region: ctx.region, createdAt: ctx.now, objects: {} });
  return { Location: location };
}
