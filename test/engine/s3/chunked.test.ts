import { describe, expect, it } from 'vitest';
import { checksumOf } from '../../../src/engine/s3/lib/checksums';
import { cloudWithBucket, errorOf, send } from './support';

const PATH = 'https://s3.eu-west-1.amazonaws.com/demo-bucket';
const utf8 = (s: string) => new TextEncoder().encode(s);

/** An aws-chunked body: each chunk `<hex size>[;chunk-signature=…]\r\n<bytes>\r\n`, a zero chunk, trailers, a blank line. */
function chunked(chunks: string[], trailers: Record<string, string>, signed = false): string {
  const sig = signed ? `;chunk-signature=${'0'.repeat(64)}` : '';
  const body = chunks.map((c) => `${utf8(c).length.toString(16)}${sig}\r\n${c}\r\n`).join('');
  const tail = Object.entries(trailers)
    .map(([k, v]) => `${k}:${v}\r\n`)
    .join('');
  return `${body}0${sig}\r\n${tail}\r\n`;
}

describe('PutObject with aws-chunked bodies', () => {
  it('decodes STREAMING-UNSIGNED-PAYLOAD-TRAILER chunks to the object’s bytes and verifies the CRC32 trailer', async () => {
    const cloud = await cloudWithBucket();
    const crc32 = checksumOf('CRC32', utf8('hello, chunked world'))!;
    const put = await send(cloud, 'PUT', `${PATH}/c.txt`, {
      headers: {
        'content-encoding': 'aws-chunked',
        'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER',
        'x-amz-decoded-content-length': '20',
        'x-amz-trailer': 'x-amz-checksum-crc32',
        'x-amz-sdk-checksum-algorithm': 'CRC32',
      },
      body: chunked(['hello, ', 'chunked world'], { 'x-amz-checksum-crc32': crc32 }),
    });
    expect(put.status).toBe(200);
    expect(put.headers['x-amz-checksum-crc32']).toBe(crc32);
    const got = await send(cloud, 'GET', `${PATH}/c.txt`, { headers: { 'x-amz-checksum-mode': 'ENABLED' } });
    expect(got.text).toBe('hello, chunked world');
    expect(got.headers).toMatchObject({ 'content-length': '20', 'x-amz-checksum-crc32': crc32 });
    expect(got.headers['content-encoding']).toBeUndefined();
  });

  it('decodes STREAMING-AWS4-HMAC-SHA256-PAYLOAD chunks with their signatures, keeping any other content encoding', async () => {
    const cloud = await cloudWithBucket();
    const put = await send(cloud, 'PUT', `${PATH}/s.txt`, {
      headers: { 'content-encoding': 'aws-chunked,gzip', 'x-amz-content-sha256': 'STREAMING-AWS4-HMAC-SHA256-PAYLOAD', 'x-amz-decoded-content-length': '6' },
      body: chunked(['abc', 'def'], {}, true),
    });
    expect(put.status).toBe(200);
    const got = await send(cloud, 'GET', `${PATH}/s.txt`);
    expect(got.text).toBe('abcdef');
    expect(got.headers['content-encoding']).toBe('gzip');
  });

  it('answers BadDigest when a trailer’s checksum does not match, and IncompleteBody when the decoded length does not', async () => {
    const cloud = await cloudWithBucket();
    const headers = { 'content-encoding': 'aws-chunked', 'x-amz-content-sha256': 'STREAMING-UNSIGNED-PAYLOAD-TRAILER', 'x-amz-decoded-content-length': '5' };
    const bad = await send(cloud, 'PUT', `${PATH}/k`, { headers, body: chunked(['hello'], { 'x-amz-checksum-crc32c': checksumOf('CRC32C', utf8('other'))! }) });
    expect(errorOf(bad.text)).toMatchObject({ Code: 'BadDigest', Message: 'The CRC32C you specified did not match the calculated checksum.' });
    const short = await send(cloud, 'PUT', `${PATH}/k`, { headers: { ...headers, 'x-amz-decoded-content-length': '9' }, body: chunked(['hello'], {}) });
    expect(errorOf(short.text)).toMatchObject({
      Code: 'IncompleteBody',
      Message: 'You did not provide the number of bytes specified by the Content-Length HTTP header',
    });
    const cut = await send(cloud, 'PUT', `${PATH}/k`, { headers, body: '5\r\nhel' });
    expect(errorOf(cut.text)).toMatchObject({ Code: 'IncompleteBody', Message: 'The request body terminated unexpectedly' });
  });
});
