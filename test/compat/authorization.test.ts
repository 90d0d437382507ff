// The real S3 client with an identity's temporary credentials: its own prefix works, another's is refused with the
// SDK's AccessDenied and S3's wording, and a missing key under its own prefix is AccessDenied without s3:ListBucket.
import { GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { perIdentityS3Policy } from '../../src/engine';
import { newCloud } from '../support/cloud';
import { issueTestCredentials } from '../support/credentials';
import { cloudClientConfig } from '../support/sdkHandler';

type Cloud = Awaited<ReturnType<typeof newCloud>>;

function s3Client(cloud: Cloud, credentials: { accessKeyId: string; secretAccessKey: string; sessionToken: string }): S3Client {
  return new S3Client(cloudClientConfig(cloud, credentials, 'us-east-1'));
}

async function rejection(promise: Promise<unknown>): Promise<S3ServiceException> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: S3ServiceException) => e,
  );
}

describe('S3 with an identity’s temporary credentials', () => {
  it('works under its own prefix and is AccessDenied elsewhere', async () => {
    const cloud = await newCloud();
    await cloud.s3.createBucket({ Bucket: 'notes' });
    const session = await issueTestCredentials(cloud, { rolePolicies: { s3: perIdentityS3Policy('notes') } });
    const client = s3Client(cloud, session.credentials);
    const key = `${session.identityId}/note.txt`;
    await client.send(new PutObjectCommand({ Bucket: 'notes', Key: key, Body: 'hello' }));
    const got = await client.send(new GetObjectCommand({ Bucket: 'notes', Key: key }));
    expect(await got.Body?.transformToString()).toBe('hello');

    const refused = await rejection(client.send(new PutObjectCommand({ Bucket: 'notes', Key: 'someone-else/note.txt', Body: 'x' })));
    expect(refused.name).toBe('AccessDenied');
    expect(refused.$metadata.httpStatusCode).toBe(403);
    expect(refused.message).toBe(
      `User: ${session.assumedRoleArn} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::notes/someone-else/note.txt" because no identity-based policy allows the s3:PutObject action`,
    );

    const missing = await rejection(client.send(new GetObjectCommand({ Bucket: 'notes', Key: `${session.identityId}/missing.txt` })));
    expect(missing.name).toBe('AccessDenied');
    expect(missing.message).toBe(
      `User: ${session.assumedRoleArn} is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::notes" because no identity-based policy allows the s3:ListBucket action`,
    );
  });
});
