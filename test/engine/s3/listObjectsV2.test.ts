import { describe, expect, it } from 'vitest';
import { S3_MESSAGES } from '../../../src/engine/s3/lib/errors';
import { cloudWithBucket, errorOf, send, type TestCloud } from './support';

const KEYS = ['a/1.txt', 'a/2.txt', 'a/b/3.txt', 'a/c/4.txt', 'b.txt', 'top.txt'];

async function filled(): Promise<TestCloud> {
  const cloud = await cloudWithBucket('list-bucket', 'us-east-1');
  for (const Key of KEYS) await cloud.s3.putObject({ Bucket: 'list-bucket', Key, Body: new TextEncoder().encode(Key) });
  return cloud;
}

const keysOf = (page: { Contents?: { Key: string }[]; CommonPrefixes?: { Prefix: string }[] }) => ({
  keys: (page.Contents ?? []).map((o) => o.Key),
  prefixes: (page.CommonPrefixes ?? []).map((p) => p.Prefix),
});

describe('ListObjectsV2', () => {
  it('lists every key in order with its size, ETag and storage class', async () => {
    const cloud = await filled();
    const page = await cloud.s3.listObjectsV2({ Bucket: 'list-bucket' });
    expect(keysOf(page).keys).toEqual(KEYS);
    expect(page).toMatchObject({ Name: 'list-bucket', Prefix: '', MaxKeys: 1000, KeyCount: 6, IsTruncated: false });
    expect(page.Contents?.[0]).toEqual({
      Key: 'a/1.txt',
      Size: 7,
      ETag: expect.stringMatching(/^"[0-9a-f]{32}"$/),
      StorageClass: 'STANDARD',
      LastModified: expect.any(Date),
    });
  });

  it('rolls keys past the prefix up to the delimiter into CommonPrefixes, each counting once', async () => {
    const cloud = await filled();
    expect(keysOf(await cloud.s3.listObjectsV2({ Bucket: 'list-bucket', Delimiter: '/' }))).toEqual({ keys: ['b.txt', 'top.txt'], prefixes: ['a/'] });
    const under = await cloud.s3.listObjectsV2({ Bucket: 'list-bucket', Prefix: 'a/', Delimiter: '/' });
    expect(keysOf(under)).toEqual({ keys: ['a/1.txt', 'a/2.txt'], prefixes: ['a/b/', 'a/c/'] });
    expect(under.KeyCount).toBe(4);
  });

  it('pages with MaxKeys and the continuation token, never repeating a rolled-up prefix', async () => {
    const cloud = await filled();
    const first = await cloud.s3.listObjectsV2({ Bucket: 'list-bucket', MaxKeys: 1, Delimiter: '/' });
    expect(keysOf(first)).toEqual({ keys: [], prefixes: ['a/'] });
    expect(first).toMatchObject({ IsTruncated: true, KeyCount: 1, MaxKeys: 1 });
    const second = await cloud.s3.listObjectsV2({ Bucket: 'list-bucket', MaxKeys: 5, Delimiter: '/', ContinuationToken: first.NextContinuationToken });
    expect(keysOf(second)).toEqual({ keys: ['b.txt', 'top.txt'], prefixes: [] });
    expect(second).toMatchObject({ IsTruncated: false, ContinuationToken: first.NextContinuationToken });
    expect(second.NextContinuationToken).toBeUndefined();
  });

  it('URL-encodes keys and prefixes when asked EncodingType=url, as boto3 does', async () => {
    const cloud = await filled();
    await cloud.s3.putObject({ Bucket: 'list-bucket', Key: 'a/space here+%.txt', Body: new Uint8Array() });
    const page = await cloud.s3.listObjectsV2({ Bucket: 'list-bucket', Prefix: 'a/', Delimiter: '/', EncodingType: 'url' });
    expect(keysOf(page)).toEqual({ keys: ['a/1.txt', 'a/2.txt', 'a/space%20here%2B%25.txt'], prefixes: ['a/b/', 'a/c/'] });
    expect(page.EncodingType).toBe('url');
  });

  it('starts after StartAfter', async () => {
    const cloud = await filled();
    const page = await cloud.s3.listObjectsV2({ Bucket: 'list-bucket', StartAfter: 'a/b/3.txt' });
    expect(keysOf(page).keys).toEqual(['a/c/4.txt', 'b.txt', 'top.txt']);
    expect(page.StartAfter).toBe('a/b/3.txt');
  });

  it('answers the wire as <ListBucketResult> in S3’s namespace, virtual-hosted', async () => {
    const cloud = await filled();
    const listed = await send(cloud, 'GET', 'https://list-bucket.s3.amazonaws.com/?list-type=2&prefix=a%2F&delimiter=%2F&max-keys=3');
    expect(listed.status).toBe(200);
    expect(listed.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><ListBucketResult xmlns="http:\/\/s3.amazonaws.com\/doc\/2006-03-01\/">/);
    expect(listed.text).toContain('<IsTruncated>true</IsTruncated>');
    expect(listed.text).toContain('<KeyCount>3</KeyCount>');
    expect(listed.text).toContain('<CommonPrefixes><Prefix>a/b/</Prefix></CommonPrefixes>');
  });

  it('refuses a continuation token it did not give with InvalidArgument, and an unknown bucket with NoSuchBucket', async () => {
    const cloud = await filled();
    const bad = await send(cloud, 'GET', 'https://s3.amazonaws.com/list-bucket?list-type=2&continuation-token=nonsense');
    expect(errorOf(bad.text)).toMatchObject({ Code: 'InvalidArgument', Message: S3_MESSAGES.invalidContinuationToken, ArgumentName: 'continuation-token' });
    const missing = await send(cloud, 'GET', 'https://s3.amazonaws.com/no-such-bucket-here?list-type=2');
    expect(missing.status).toBe(404);
    expect(errorOf(missing.text)).toMatchObject({ Code: 'NoSuchBucket', Message: S3_MESSAGES.noSuchBucket });
  });
});
