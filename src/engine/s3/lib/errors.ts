/**
 * S3's errors, with S3's messages and the extra elements its `<Error>` documents carry (`BucketName`, `Key`).
 */
import { CloudError } from '../../kernel/errors';

export const S3_MESSAGES = {
  noSuchBucket: 'The specified bucket does not exist',
  noSuchKey: 'The specified key does not exist.',
  invalidBucketName: 'The specified bucket is not valid.',
  bucketAlreadyOwnedByYou: 'Your previous request to create the named bucket succeeded and you already own it.',
  bucketAlreadyExists:
    'The requested bucket name is not available. The bucket namespace is shared by all users of the system. Please select a different name and try again.',
  invalidLocationConstraint: 'The specified location-constraint is not valid',
  unspecifiedLocationConstraint: 'The unspecified location constraint is incompatible for the region specific endpoint this request was sent to.',
  incompatibleLocationConstraint: (constraint: string) =>
    `The ${constraint} location constraint is incompatible for the region specific endpoint this request was sent to.`,
  permanentRedirect:
    'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
  badDigest: (algorithm: string) => `The ${algorithm} you specified did not match the calculated checksum.`,
  badContentMd5: 'The Content-MD5 you specified did not match what we received.',
  invalidDigest: 'The Content-MD5 you specified was invalid.',
  invalidChecksum: (header: string) => `Value for ${header} header is invalid.`,
  invalidContinuationToken: 'The continuation token provided is incorrect',
  invalidMaxKeys: 'Provided max-keys not an integer or within integer range',
} as const;

/** A CloudError with the extra elements (and headers) S3's error document carries. */
export function s3Error(code: string, message: string, status: number, details: Record<string, string> = {}, headers?: Record<string, string>): CloudError {
  const error = new CloudError(code, message, status) as CloudError & { details: Record<string, string>; headers?: Record<string, string> };
  error.details = details;
  if (headers) error.headers = headers;
  return error;
}

export const noSuchBucket = (bucket: string) => s3Error('NoSuchBucket', S3_MESSAGES.noSuchBucket, 404, { BucketName: bucket });
export const noSuchKey = (key: string) => s3Error('NoSuchKey', S3_MESSAGES.noSuchKey, 404, { Key: key });
