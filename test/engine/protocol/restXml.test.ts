import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { restXml } from '../../../src/engine/protocol/restXml';
import { CREDENTIALS, META, loadModel, protocolHandler, rejection } from './harness';

const model = loadModel('s3');
const utf8 = (s: string) => new TextEncoder().encode(s);

function s3(answer: Parameters<typeof protocolHandler>[2]) {
  const { handler, seen } = protocolHandler(restXml, model, answer);
  const client = new S3Client({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler: handler, maxAttempts: 1, forcePathStyle: true });
  return { client, seen };
}

describe('REST-XML with the real S3 client', () => {
  it('reads PutObject: bucket and greedy key labels, headers, the metadata prefix map and the raw body', async () => {
    const { client, seen } = s3(() => ({ output: { ETag: '"5d41402abc4b2a76b9719d911017c592"', VersionId: 'v1' } }));
    const out = await client.send(
      new PutObjectCommand({ Bucket: 'photos', Key: 'albums/2024/a b+c.txt', Body: 'hello', ContentType: 'text/plain', Metadata: { owner: 'alice' } }),
    );
    expect(seen[0]?.operation).toBe('PutObject');
    expect(seen[0]?.input).toEqual({
      Bucket: 'photos',
      Key: 'albums/2024/a b+c.txt',
      Body: utf8('hello'),
      ContentType: 'text/plain',
      ContentLength: 5,
      Metadata: { owner: 'alice' },
      // The SDK adds a CRC32 checksum of its own accord.
      ChecksumAlgorithm: 'CRC32',
      ChecksumCRC32: expect.any(String),
    });
    expect(out).toMatchObject({ ETag: '"5d41402abc4b2a76b9719d911017c592"', VersionId: 'v1' });
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, requestId: META.requestId });
  });

  it('answers GetObject with the body as payload and members in headers', async () => {
    const lastModified = new Date('2024-01-15T09:00:00Z');
    const { client, seen } = s3(() => ({
      output: { Body: utf8('hello'), ContentType: 'text/plain', ContentLength: 5, ETag: '"e"', LastModified: lastModified, Metadata: { owner: 'alice' } },
    }));
    const out = await client.send(new GetObjectCommand({ Bucket: 'photos', Key: 'a.txt', Range: 'bytes=0-4' }));
    // The SDK asks for checksums of its own accord.
    expect(seen[0]?.input).toEqual({ Bucket: 'photos', Key: 'a.txt', Range: 'bytes=0-4', ChecksumMode: 'ENABLED' });
    expect(await out.Body?.transformToString()).toBe('hello');
    expect(out).toMatchObject({ ContentType: 'text/plain', ContentLength: 5, ETag: '"e"', LastModified: lastModified, Metadata: { owner: 'alice' } });
  });

  it('picks ListObjectsV2 by its literal list-type=2 and writes the flattened Contents list', async () => {
    const modified = new Date('2024-01-15T09:00:00Z');
    const { client, seen } = s3(() => ({
      output: {
        Name: 'photos',
        Prefix: 'albums/',
        KeyCount: 2,
        MaxKeys: 100,
        IsTruncated: false,
        Contents: [
          { Key: 'albums/a', Size: 1, LastModified: modified, ETag: '"a"' },
          { Key: 'albums/b&c', Size: 2 },
        ],
      },
    }));
    const out = await client.send(new ListObjectsV2Command({ Bucket: 'photos', Prefix: 'albums/', MaxKeys: 100 }));
    expect(seen[0]?.operation).toBe('ListObjectsV2');
    expect(seen[0]?.input).toEqual({ Bucket: 'photos', Prefix: 'albums/', MaxKeys: 100 });
    expect(out).toMatchObject({ Name: 'photos', Prefix: 'albums/', KeyCount: 2, MaxKeys: 100, IsTruncated: false });
    expect(out.Contents).toEqual([
      { Key: 'albums/a', Size: 1, LastModified: modified, ETag: '"a"' },
      { Key: 'albums/b&c', Size: 2 },
    ]);
    const body = restXml.serialize(model, 'ListObjectsV2', { Name: 'photos', Contents: [{ Key: 'k' }] }, META).body;
    expect(body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Contents><Key>k</Key></Contents><Name>photos</Name></ListBucketResult>',
    );
  });

  it('answers NoSuchKey as an <Error> document the SDK names', async () => {
    const { client } = s3(() => ({ error: { code: 'NoSuchKey', message: 'The specified key does not exist.', status: 404 } }));
    expect(await rejection(client.send(new GetObjectCommand({ Bucket: 'photos', Key: 'missing' })))).toEqual({
      name: 'NoSuchKey',
      message: 'The specified key does not exist.',
      status: 404,
    });
    const error = restXml.serializeError({ code: 'NoSuchKey', message: 'The specified key does not exist.', status: 404 }, META, model);
    expect(error.body).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><RequestId>${META.requestId}</RequestId><HostId>${META.requestId}</HostId></Error>`,
    );
  });

  it('rejects a malformed XML payload with MalformedXML', () => {
    const body = utf8('<A><B></A>');
    expect(() =>
      restXml.parse(
        { method: 'PUT', url: new URL('https://s3.amazonaws.com/b'), headers: {}, body },
        {
          operations: { Put: { http: { method: 'PUT', requestUri: '/{Bucket}' }, input: { shape: 'In' } } },
          shapes: {
            In: { type: 'structure', payload: 'Doc', members: { Bucket: { shape: 'S', location: 'uri', locationName: 'Bucket' }, Doc: { shape: 'Doc' } } },
            Doc: { type: 'structure', members: {} },
            S: { type: 'string' },
          },
        },
        'Put',
      ),
    ).toThrow(
      expect.objectContaining({ code: 'MalformedXML', message: 'The XML you provided was not well-formed or did not validate against our published schema' }),
    );
  });

  it('finds no operation for a path no requestUri matches', () => {
    expect(restXml.operationOf({ method: 'DELETE', url: new URL('https://s3.amazonaws.com/b/k'), headers: {}, body: new Uint8Array() }, model)).toBeUndefined();
  });
});
