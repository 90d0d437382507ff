import { describe, expect, it } from 'vitest';
import { MINUTE, s3 } from '../../../src/engine';
import { checksumOf } from '../../../src/engine/s3/lib/checksums';
import { S3_MESSAGES } from '../../../src/engine/s3/lib/errors';
import { cloudWithBucket, errorOf, send } from './support';

const VIRTUAL = 'https://demo-bucket.s3.eu-west-1.amazonaws.com';
const PATH = 'https://s3.eu-west-1.amazonaws.com/demo-bucket';
const HELLO_ETAG = '"5d41402abc4b2a76b9719d911017c592"';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('PutObject, GetObject, HeadObject and DeleteObject', () => {
  it('stores an object virtual-hosted and reads it path style: bytes, ETag, type, length, Last-Modified and metadata', async () => {
    const cloud = await cloudWithBucket();
    const put = await send(cloud, 'PUT', `${VIRTUAL}/notes/hello.txt`, {
      headers: { 'content-type': 'text/plain', 'x-amz-meta-Owner': 'alice', 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      body: 'hello',
    });
    expect(put.status).toBe(200);
    expect(put.headers['etag']).toBe(HELLO_ETAG);
    cloud.clock.advance(MINUTE);

    const got = await send(cloud, 'GET', `${PATH}/notes/hello.txt`);
    expect(got.status).toBe(200);
    expect(got.text).toBe('hello');
    expect(got.headers).toMatchObject({
      etag: HELLO_ETAG,
      'content-type': 'text/plain',
      'content-length': '5',
      'last-modified': new Date(cloud.clock.now() - MINUTE).toUTCString(),
      'x-amz-meta-owner': 'alice',
    });
    const head = await send(cloud, 'HEAD', `${VIRTUAL}/notes/hello.txt`);
    expect(head).toMatchObject({ status: 200, text: '' });
    expect(head.headers).toMatchObject({ etag: HELLO_ETAG, 'content-length': '5', 'x-amz-meta-owner': 'alice' });
  });

  it('keeps binary bodies byte for byte, typed application/octet-stream by default', async () => {
    const cloud = await cloudWithBucket();
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    await send(cloud, 'PUT', `${PATH}/all-bytes`, { body: bytes });
    const got = await send(cloud, 'GET', `${PATH}/all-bytes`);
    expect(got.bytes).toEqual(bytes);
    expect(got.headers['content-type']).toBe('application/octet-stream');
    expect(cloud.records(s3).buckets['demo-bucket']?.objects['all-bytes']?.size).toBe(256);
  });

  it('verifies x-amz-checksum-* headers, answers BadDigest on a mismatch, and returns the checksum with x-amz-checksum-mode: ENABLED', async () => {
    const cloud = await cloudWithBucket();
    const crc32 = checksumOf('CRC32', utf8('hello'))!;
    const sha256 = checksumOf('SHA256', utf8('hello'))!;
    const put = await send(cloud, 'PUT', `${PATH}/k`, { headers: { 'x-amz-checksum-crc32': crc32, 'x-amz-checksum-sha256': sha256 }, body: 'hello' });
    expect(put.headers).toMatchObject({ 'x-amz-checksum-crc32': crc32, 'x-amz-checksum-sha256': sha256 });
    expect((await send(cloud, 'GET', `${PATH}/k`)).headers['x-amz-checksum-crc32']).toBeUndefined();
    const withMode = await send(cloud, 'GET', `${PATH}/k`, { headers: { 'x-amz-checksum-mode': 'ENABLED' } });
    expect(withMode.headers).toMatchObject({ 'x-amz-checksum-crc32': crc32, 'x-amz-checksum-sha256': sha256 });

    for (const [header, name, value] of [
      ['x-amz-checksum-crc32', 'CRC32', checksumOf('CRC32', utf8('other'))!],
      ['x-amz-checksum-crc32c', 'CRC32C', checksumOf('CRC32C', utf8('other'))!],
      ['x-amz-checksum-sha1', 'SHA1', checksumOf('SHA1', utf8('other'))!],
    ] as const) {
      const bad = await send(cloud, 'PUT', `${PATH}/k`, { headers: { [header]: value }, body: 'hello' });
      expect(bad.status).toBe(400);
      expect(errorOf(bad.text)).toMatchObject({ Code: 'BadDigest', Message: `The ${name} you specified did not match the calculated checksum.` });
    }
    const md5 = await send(cloud, 'PUT', `${PATH}/k`, { headers: { 'content-md5': 'XUFAKrxLKna5cZ2REBfFkg==' }, body: 'other' });
    expect(errorOf(md5.text)).toMatchObject({ Code: 'BadDigest', Message: S3_MESSAGES.badContentMd5 });
  });

  it('answers NoSuchKey and NoSuchBucket with S3’s documents, and HEAD errors without a body', async () => {
    const cloud = await cloudWithBucket();
    const key = await send(cloud, 'GET', `${VIRTUAL}/missing/key.txt`);
    expect(key.status).toBe(404);
    expect(errorOf(key.text)).toMatchObject({ Code: 'NoSuchKey', Message: 'The specified key does not exist.', Key: 'missing/key.txt' });
    const bucket = await send(cloud, 'GET', 'https://s3.eu-west-1.amazonaws.com/no-such-bucket-here/key');
    expect(errorOf(bucket.text)).toMatchObject({ Code: 'NoSuchBucket', Message: 'The specified bucket does not exist', BucketName: 'no-such-bucket-here' });
    for (const url of [`${VIRTUAL}/missing`, 'https://no-such-bucket-here.s3.eu-west-1.amazonaws.com/']) {
      const head = await send(cloud, 'HEAD', url);
      expect({ status: head.status, text: head.text }).toEqual({ status: 404, text: '' });
    }
  });

  it('sends a bucket of another region to its own endpoint: 301 PermanentRedirect with x-amz-bucket-region', async () => {
    const cloud = await cloudWithBucket();
    const moved = await send(cloud, 'GET', 'https://demo-bucket.s3.us-west-2.amazonaws.com/k');
    expect(moved.status).toBe(301);
    expect(moved.headers['x-amz-bucket-region']).toBe('eu-west-1');
    expect(errorOf(moved.text)).toMatchObject({
      Code: 'PermanentRedirect',
      Message: S3_MESSAGES.permanentRedirect,
      Endpoint: 'demo-bucket.s3.eu-west-1.amazonaws.com',
    });
    const head = await send(cloud, 'HEAD', `${VIRTUAL}`);
    expect(head.headers['x-amz-bucket-region']).toBe('eu-west-1');
  });

  it('deletes an object with 204, and again 204 when it is gone', async () => {
    const cloud = await cloudWithBucket();
    await send(cloud, 'PUT', `${PATH}/k`, { body: 'x' });
    expect((await send(cloud, 'DELETE', `${PATH}/k`)).status).toBe(204);
    expect((await send(cloud, 'DELETE', `${VIRTUAL}/k`)).status).toBe(204);
    expect(errorOf((await send(cloud, 'GET', `${PATH}/k`)).text).Code).toBe('NoSuchKey');
    expect(errorOf((await send(cloud, 'DELETE', 'https://s3.eu-west-1.amazonaws.com/no-such-bucket-here/k')).text).Code).toBe('NoSuchBucket');
  });

  it('answers the facade with the stored bytes', async () => {
    const cloud = await cloudWithBucket('facade-bucket', 'us-east-1');
    await cloud.s3.putObject({ Bucket: 'facade-bucket', Key: 'a/b c.txt', Body: utf8('hi'), ContentType: 'text/plain', Metadata: { Team: 'x' } });
    const got = await cloud.s3.getObject({ Bucket: 'facade-bucket', Key: 'a/b c.txt' });
    expect(got).toMatchObject({ Body: utf8('hi'), ContentType: 'text/plain', ContentLength: 2, Metadata: { team: 'x' } });
  });
});
