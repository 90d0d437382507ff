/**
 * Every S3 action the simulator answers, by AWS action name (one file each in actions/): the service's code, a chunk of
 * its own that `service.ts` loads on first use.
 * Every request must be signed (an unsigned one is AccessDenied). SIMPLIFIED: a signed one acts as the account's
 * administrator: no IAM or bucket policies yet.
 */
import type { ServiceCode } from '../services';
import type { S3State } from './model';
import { createBucket } from './actions/createBucket';
import { deleteObject } from './actions/deleteObject';
import { getObject } from './actions/getObject';
import { headBucket } from './actions/headBucket';
import { headObject } from './actions/headObject';
import { listBuckets } from './actions/listBuckets';
import { listObjectsV2 } from './actions/listObjectsV2';
import { putObject } from './actions/putObject';

export const s3Actions = {
  CreateBucket: createBucket,
  DeleteObject: deleteObject,
  GetObject: getObject,
  HeadBucket: headBucket,
  HeadObject: headObject,
  ListBuckets: listBuckets,
  ListObjectsV2: listObjectsV2,
  PutObject: putObject,
};

export type S3Actions = typeof s3Actions;

export const s3Code: ServiceCode<S3State, S3Actions> = { actions: s3Actions };
