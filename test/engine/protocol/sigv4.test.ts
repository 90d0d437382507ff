import { Sha256 } from '@aws-crypto/sha256-js';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { CognitoSyncClient, ListRecordsCommand } from '@aws-sdk/client-cognito-sync';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { query } from '../../../src/engine/protocol/query';
import { restJson } from '../../../src/engine/protocol/restJson';
import { restXml } from '../../../src/engine/protocol/restXml';
import { canonicalRequest, readClaim } from '../../../src/engine/protocol/sigv4';
import { verifySignature } from '../../../src/engine/protocol/sigv4Verify';
import type { WireRequest } from '../../../src/engine/protocol/wire';
import { CREDENTIALS, loadModel, protocolHandler, toWire } from './harness';

const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
const secretFor = (id: string) => (id === CREDENTIALS.accessKeyId ? CREDENTIALS.secretAccessKey : undefined);
const signedAt = (request: WireRequest) => {
  const d = request.headers['x-amz-date'] ?? new URL(request.url).searchParams.get('X-Amz-Date')!;
  return Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +d.slice(9, 11), +d.slice(11, 13), +d.slice(13, 15));
};
const verifyAt = (request: WireRequest, offset = 0) => verifySignature(request, { secretFor, now: signedAt(request) + offset });
const tampered = (request: WireRequest, change: Partial<WireRequest>): WireRequest => ({ ...request, ...change });

async function stsRequest(credentials: typeof CREDENTIALS & { sessionToken?: string } = CREDENTIALS): Promise<WireRequest> {
  const { handler, seen } = protocolHandler(query, loadModel('sts'), () => ({ output: { Account: '1' } }));
  await new STSClient({ region: 'eu-west-1', credentials, requestHandler: handler, maxAttempts: 1 }).send(new GetCallerIdentityCommand({}));
  return seen[0]!.request;
}

async function s3Request(command: PutObjectCommand | ListObjectsV2Command): Promise<WireRequest> {
  const { handler, seen } = protocolHandler(restXml, loadModel('s3'), () => ({ output: {} }));
  const client = new S3Client({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler: handler, maxAttempts: 1, forcePathStyle: true });
  await client.send(command as PutObjectCommand);
  return seen[0]!.request;
}

describe('SigV4 verification of the SDK requests', () => {
  it('accepts the STS client signature and reports key, region, service and session token', async () => {
    expect(verifyAt(await stsRequest())).toEqual({ ok: true, value: { accessKeyId: 'AKIDEXAMPLE', region: 'eu-west-1', service: 'sts' } });
    const withToken = await stsRequest({ ...CREDENTIALS, sessionToken: 'session-1' });
    expect(verifyAt(withToken)).toEqual({ ok: true, value: { accessKeyId: 'AKIDEXAMPLE', region: 'eu-west-1', service: 'sts', sessionToken: 'session-1' } });
  });

  it('refuses a tampered body, header or query with SignatureDoesNotMatch', async () => {
    const request = await stsRequest();
    const body = tampered(request, { body: new TextEncoder().encode('Action=GetCallerIdentity&Version=2011-06-16') });
    expect(verifyAt(body)).toMatchObject({ ok: false, reason: 'mismatch', code: 'SignatureDoesNotMatch', message: MISMATCH, status: 403 });
    const header = tampered(request, { headers: { ...request.headers, host: 'sts.us-east-1.amazonaws.com' } });
    expect(verifyAt(header)).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch', message: MISMATCH });
    const list = await s3Request(new ListObjectsV2Command({ Bucket: 'photos', Prefix: 'a/' }));
    expect(verifyAt(list)).toMatchObject({ ok: true });
    const url = new URL(list.url.href.replace('prefix=a%2F', 'prefix=b%2F'));
    expect(verifyAt(tampered(list, { url }))).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
      message: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
    });
  });

  it('refuses a request more than 5 minutes off the clock (15 for S3)', async () => {
    const request = await stsRequest();
    const d = request.headers['x-amz-date']!;
    expect(verifyAt(request, 4 * 60_000)).toMatchObject({ ok: true });
    const late = verifyAt(request, 6 * 60_000);
    const shift = (m: number) => new Date(signedAt(request) + m * 60_000).toISOString().replace(/[-:]|\.\d{3}/g, '');
    expect(late).toMatchObject({
      ok: false,
      reason: 'skewed',
      code: 'SignatureDoesNotMatch',
      message: `Signature expired: ${d} is now earlier than ${shift(1)} (${shift(6)} - 5 min.)`,
    });
    expect(verifyAt(request, -6 * 60_000)).toMatchObject({
      code: 'SignatureDoesNotMatch',
      message: `Signature not yet current: ${d} is still later than ${shift(-1)} (${shift(-6)} + 5 min.)`,
    });
    const put = await s3Request(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: 'x' }));
    expect(verifyAt(put, 10 * 60_000)).toMatchObject({ ok: true });
    expect(verifyAt(put, 16 * 60_000)).toMatchObject({
      ok: false,
      code: 'RequestTimeTooSkewed',
      message: 'The difference between the request time and the current time is too large.',
      status: 403,
    });
  });

  it('names an unknown key per signing service', async () => {
    const none = () => undefined;
    const sts = await stsRequest();
    expect(verifySignature(sts, { secretFor: none, now: signedAt(sts) })).toMatchObject({
      reason: 'unknownKey',
      code: 'InvalidClientTokenId',
      message: 'The security token included in the request is invalid.',
    });
    const put = await s3Request(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: 'x' }));
    expect(verifySignature(put, { secretFor: none, now: signedAt(put) })).toMatchObject({
      code: 'InvalidAccessKeyId',
      message: 'The AWS Access Key Id you provided does not exist in our records.',
    });
  });

  it('double-encodes the Cognito Sync path (labels with colons) and accepts its signature', async () => {
    const { handler, seen } = protocolHandler(restJson, loadModel('cognito-sync'), () => ({ output: {} }));
    const client = new CognitoSyncClient({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler: handler, maxAttempts: 1 });
    await client.send(new ListRecordsCommand({ IdentityPoolId: 'us-east-1:p', IdentityId: 'us-east-1:i', DatasetName: 'd', MaxResults: 5 }));
    const request = seen[0]!.request;
    expect(verifyAt(request)).toMatchObject({ ok: true, value: { service: 'cognito-sync' } });
    expect(canonicalRequest(request, 'cognito-sync', ['host'], 'h').split('\n')[1]).toBe(
      '/identitypools/us-east-1%253Ap/identities/us-east-1%253Ai/datasets/d/records',
    );
    const body = tampered(request, { body: new TextEncoder().encode('{}') });
    expect(verifySignature(body, { secretFor, now: signedAt(body), protocol: 'rest-json' })).toMatchObject({
      code: 'InvalidSignatureException',
      message: MISMATCH,
    });
  });

  it('reports an incomplete Authorization header and a missing one', async () => {
    const request = await stsRequest();
    const auth = request.headers['authorization']!.replace(/, Signature=[0-9a-f]+/, '');
    expect(verifyAt(tampered(request, { headers: { ...request.headers, authorization: auth } }))).toEqual({
      ok: false,
      reason: 'incomplete',
      code: 'IncompleteSignature',
      message: `Authorization header requires 'Signature' parameter. Authorization=${auth}`,
      status: 400,
    });
    const { authorization: _gone, ...unsigned } = request.headers;
    expect(verifyAt(tampered(request, { headers: unsigned }))).toMatchObject({ reason: 'missing', code: 'MissingAuthenticationToken' });
  });
});

describe('SigV4 against @smithy/signature-v4', () => {
  const when = new Date('2024-01-15T10:00:00Z');
  const signer = (service: string, s3 = false) =>
    new SignatureV4({ service, region: 'us-west-2', credentials: CREDENTIALS, sha256: Sha256, uriEscapePath: !s3 });
  const base = { protocol: 'https:', hostname: 'example.amazonaws.com', port: undefined };

  const cases = [
    {
      name: 'GET with an unsorted, repeated and escaped query',
      service: 'iam',
      request: {
        ...base,
        method: 'GET',
        path: '/a/b%20c/',
        query: { Zeta: 'z', Action: 'ListUsers', 'Path Prefix': "/x y!'*", Marker: ['b', 'a'] },
        headers: { host: 'example.amazonaws.com', 'x-amz-meta': '  a   b  ' },
      },
    },
    {
      name: 'POST with a JSON body',
      service: 'cognito-idp',
      request: {
        ...base,
        method: 'POST',
        path: '/',
        headers: { host: 'example.amazonaws.com', 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.ListUsers' },
        body: '{"UserPoolId":"us-west-2_abc"}',
      },
    },
    {
      name: 'S3 PUT with UNSIGNED-PAYLOAD and a single-encoded key',
      service: 's3',
      s3: true,
      request: {
        ...base,
        method: 'PUT',
        path: '/bucket/a%20b/c%2Bd',
        headers: { host: 'example.amazonaws.com', 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
        body: 'data',
      },
    },
  ];

  for (const c of cases) {
    it(`agrees on ${c.name}`, async () => {
      const signed = await signer(c.service, c.s3).sign(c.request as never, { signingDate: when });
      const request = await toWire(signed as never);
      expect(readClaim(request)).toMatchObject({ ok: true, claim: { service: c.service, region: 'us-west-2' } });
      expect(verifySignature(request, { secretFor, now: when.getTime() })).toMatchObject({ ok: true, value: { service: c.service } });
    });
  }

  it('agrees on an S3 presigned URL and refuses it once X-Amz-Expires has passed', async () => {
    // As @aws-sdk/s3-request-presigner does: S3 presigned URLs sign UNSIGNED-PAYLOAD.
    const unsigned = { host: 'example.amazonaws.com', 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' };
    const presigned = await signer('s3', true).presign({ ...base, method: 'GET', path: '/bucket/key.txt', query: {}, headers: unsigned } as never, {
      signingDate: when,
      expiresIn: 300,
    });
    const request = await toWire(presigned as never);
    expect(request.url.searchParams.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(verifySignature(request, { secretFor, now: when.getTime() + 299_000 })).toMatchObject({ ok: true, value: { service: 's3' } });
    expect(verifySignature(request, { secretFor, now: when.getTime() + 301_000 })).toMatchObject({
      ok: false,
      reason: 'expired',
      code: 'AccessDenied',
      message: 'Request has expired',
    });
    const wrong = new URL(request.url.href.replace('key.txt', 'other.txt'));
    expect(verifySignature({ ...request, url: wrong }, { secretFor, now: when.getTime() })).toMatchObject({ code: 'SignatureDoesNotMatch' });
  });
});
