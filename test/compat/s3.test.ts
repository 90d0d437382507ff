import {
  BucketAlreadyExists,
  BucketAlreadyOwnedByYou,
  type BucketLocationConstraint,
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  NoSuchBucket,
  NoSuchKey,
  NotFound,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { s3 } from '../../src/engine';
import { S3_MESSAGES } from '../../src/engine/s3/lib/errors';
import { newCloud } from '../support/cloud';
import { cloudRequestHandler } from '../support/sdkHandler';

/** Reads a streamed body (what the SDK sends aws-chunked) to bytes, so the shared handler can pass it on. */
async function bytesOf(body: unknown): Promise<unknown> {
  if (!body || typeof body === 'string' || body instanceof Uint8Array || !(Symbol.asyncIterator in (body as object))) return body;
  const chunks: Uint8Array[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(typeof chunk === 'string' ? utf8(chunk) : chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

type Cloud = Awaited<ReturnType<typeof newCloud>>;

/** The real S3 client, wired to the cloud: the example credentials, one attempt, each addressing style. */
function s3Client(cloud: Cloud, region: string, forcePathStyle: boolean, seen: string[] = []): S3Client {
  const shared = cloudRequestHandler({
    fetch: (input, init) => {
      seen.push(String(input));
      return cloud.fetch(input, init);
    },
  });
  type SdkRequest = Parameters<typeof shared.handle>[0];
  const handler = { handle: async (request: SdkRequest) => shared.handle({ ...request, body: (await bytesOf(request.body)) as SdkRequest['body'] }) };
  return new S3Client({
    region,
    forcePathStyle,
    credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    requestHandler: handler,
    maxAttempts: 1,
    systemClockOffset: cloud.clock.now() - Date.now(),
  });
}

async function rejection(promise: Promise<unknown>): Promise<S3ServiceException> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: S3ServiceException) => e,
  );
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe.each([
  { region: 'eu-west-1', forcePathStyle: false },
  { region: 'eu-west-1', forcePathStyle: true },
  { region: 'us-east-1', forcePathStyle: false },
  { region: 'us-east-1', forcePathStyle: true },
])('S3 through the real @aws-sdk/client-s3 in $region (forcePathStyle: $forcePathStyle)', ({ region, forcePathStyle }) => {
  const create = (client: S3Client, Bucket: string) =>
    client.send(
      new CreateBucketCommand({
        Bucket,
        ...(region === 'us-east-1' ? {} : { CreateBucketConfiguration: { LocationConstraint: region as BucketLocationConstraint } }),
      }),
    );

  it('creates a bucket, puts and gets an object with its bytes, metadata and verified checksum, and heads both', async () => {
    const cloud = await newCloud();
    const seen: string[] = [];
    const client = s3Client(cloud, region, forcePathStyle, seen);
    await create(client, 'photos-bucket');
    expect(seen[0]).toMatch(forcePathStyle ? /^https:\/\/s3\.[\w-]+\.amazonaws\.com\/photos-bucket/ : /^https:\/\/photos-bucket\.s3\.[\w-]+\.amazonaws\.com\//);
    const bytes = Uint8Array.from([0, 1, 2, 250, 255, 10, 13]);
    const put = await client.send(
      new PutObjectCommand({ Bucket: 'photos-bucket', Key: 'albums/2026/cat.bin', Body: bytes, ContentType: 'image/x-cat', Metadata: { owner: 'alice' } }),
    );
    expect(put.ETag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(put.ChecksumCRC32).toEqual(expect.any(String));

    const got = await client.send(new GetObjectCommand({ Bucket: 'photos-bucket', Key: 'albums/2026/cat.bin', ChecksumMode: 'ENABLED' }));
    expect(await got.Body!.transformToByteArray()).toEqual(bytes);
    expect(got).toMatchObject({ ContentType: 'image/x-cat', ContentLength: 7, ETag: put.ETag, Metadata: { owner: 'alice' }, ChecksumCRC32: put.ChecksumCRC32 });
    expect(got.LastModified).toEqual(new Date(cloud.clock.now()));

    const head = await client.send(new HeadObjectCommand({ Bucket: 'photos-bucket', Key: 'albums/2026/cat.bin' }));
    expect(head).toMatchObject({ ContentType: 'image/x-cat', ContentLength: 7, ETag: put.ETag, Metadata: { owner: 'alice' } });
    const bucket = await client.send(new HeadBucketCommand({ Bucket: 'photos-bucket' }));
    expect(bucket.BucketRegion).toBe(region);
    const listed = await client.send(new ListBucketsCommand({}));
    expect(listed.Buckets?.map((b) => [b.Name, b.BucketRegion])).toEqual([['photos-bucket', region]]);
  });

  it('lists with a prefix and a delimiter, page by page', async () => {
    const cloud = await newCloud();
    const client = s3Client(cloud, region, forcePathStyle);
    await create(client, 'listing-bucket');
    for (const Key of ['a/1.txt', 'a/2.txt', 'a/b/3.txt', 'a/c/4.txt', 'b.txt', 'top.txt'])
      await client.send(new PutObjectCommand({ Bucket: 'listing-bucket', Key, Body: Key }));

    const rolled = await client.send(new ListObjectsV2Command({ Bucket: 'listing-bucket', Prefix: 'a/', Delimiter: '/' }));
    expect(rolled.Contents?.map((o) => o.Key)).toEqual(['a/1.txt', 'a/2.txt']);
    expect(rolled.CommonPrefixes?.map((p) => p.Prefix)).toEqual(['a/b/', 'a/c/']);
    expect(rolled).toMatchObject({ KeyCount: 4, IsTruncated: false, Prefix: 'a/', Delimiter: '/' });
    expect(rolled.Contents?.[0]).toMatchObject({ Size: 7, StorageClass: 'STANDARD' });

    const pages: string[][] = [];
    let ContinuationToken: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: 'listing-bucket', MaxKeys: 2, Delimiter: '/', ContinuationToken }));
      pages.push([...(page.Contents ?? []).map((o) => o.Key!), ...(page.CommonPrefixes ?? []).map((p) => p.Prefix!)]);
      ContinuationToken = page.NextContinuationToken;
      expect(page.IsTruncated).toBe(ContinuationToken !== undefined);
    } while (ContinuationToken);
    expect(pages).toEqual([['b.txt', 'a/'], ['top.txt']]);
  });

  it('deletes an object (204), and surfaces NoSuchKey, NoSuchBucket and NotFound as the SDK’s error classes', async () => {
    const cloud = await newCloud();
    const client = s3Client(cloud, region, forcePathStyle);
    await create(client, 'doomed-bucket');
    await client.send(new PutObjectCommand({ Bucket: 'doomed-bucket', Key: 'k', Body: 'x' }));
    const deleted = await client.send(new DeleteObjectCommand({ Bucket: 'doomed-bucket', Key: 'k' }));
    expect(deleted.$metadata.httpStatusCode).toBe(204);

    const missingKey = await rejection(client.send(new GetObjectCommand({ Bucket: 'doomed-bucket', Key: 'k' })));
    expect(missingKey).toBeInstanceOf(NoSuchKey);
    expect(missingKey.message).toBe(S3_MESSAGES.noSuchKey);
    expect(missingKey.$metadata.httpStatusCode).toBe(404);

    const missingBucket = await rejection(client.send(new ListObjectsV2Command({ Bucket: 'no-such-bucket-here' })));
    expect(missingBucket).toBeInstanceOf(NoSuchBucket);
    expect(missingBucket.message).toBe(S3_MESSAGES.noSuchBucket);

    const headMissing = await rejection(client.send(new HeadObjectCommand({ Bucket: 'doomed-bucket', Key: 'k' })));
    expect(headMissing).toBeInstanceOf(NotFound);
    expect(headMissing.$metadata.httpStatusCode).toBe(404);
  });

  it('puts a streamed body the SDK sends aws-chunked with a CRC32 trailer', async () => {
    const cloud = await newCloud();
    const client = s3Client(cloud, region, forcePathStyle);
    await create(client, 'stream-bucket');
    const { Readable } = await import('node:stream');
    const body = Readable.from([Buffer.from('hello, '), Buffer.from('streamed world')]);
    await client.send(new PutObjectCommand({ Bucket: 'stream-bucket', Key: 's.txt', Body: body, ContentLength: 21 }));
    const sent = cloud.log.entries.find((e) => e.action === 'PutObject')!.http.request.headers;
    expect(sent).toMatchObject({
      'content-encoding': 'aws-chunked',
      'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
      'x-amz-decoded-content-length': '21',
      'x-amz-trailer': 'x-amz-checksum-crc32',
    });
    const got = await client.send(new GetObjectCommand({ Bucket: 'stream-bucket', Key: 's.txt', ChecksumMode: 'ENABLED' }));
    expect(await got.Body!.transformToString()).toBe('hello, streamed world');
    expect(got.ChecksumCRC32).toEqual(expect.any(String));
  });
});

describe('S3 bucket errors through the real @aws-sdk/client-s3', () => {
  it('surfaces another region’s LocationConstraint, a bucket you own and one another account owns as S3’s errors', async () => {
    const cloud = await newCloud();
    const client = s3Client(cloud, 'eu-west-1', false);
    // The SDK adds the client's region as the LocationConstraint itself; another region is refused.
    const elsewhere = { Bucket: 'errors-bucket', CreateBucketConfiguration: { LocationConstraint: 'ap-south-1' as BucketLocationConstraint } };
    const refused = await rejection(client.send(new CreateBucketCommand(elsewhere)));
    expect({ name: refused.name, message: refused.message, status: refused.$metadata.httpStatusCode }).toEqual({
      name: 'IllegalLocationConstraintException',
      message: S3_MESSAGES.incompatibleLocationConstraint('ap-south-1'),
      status: 400,
    });
    await client.send(new CreateBucketCommand({ Bucket: 'defaulted-bucket' }));
    expect(cloud.records(s3).buckets['defaulted-bucket']?.region).toBe('eu-west-1');
    const config = { Bucket: 'errors-bucket', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' as BucketLocationConstraint } };
    await client.send(new CreateBucketCommand(config));
    const owned = await rejection(client.send(new CreateBucketCommand(config)));
    expect(owned).toBeInstanceOf(BucketAlreadyOwnedByYou);
    expect(owned.$metadata.httpStatusCode).toBe(409);
    const taken = await rejection(client.send(new CreateBucketCommand({ ...config, Bucket: 'examplebucket' })));
    expect(taken).toBeInstanceOf(BucketAlreadyExists);
    expect(taken.message).toBe(S3_MESSAGES.bucketAlreadyExists);
  });
});
