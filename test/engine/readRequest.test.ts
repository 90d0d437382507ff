import { describe, expect, it } from 'vitest';
import { readRequest } from '../../src/engine/exchange';

/** What a WHATWG Request makes of the same input: the oracle readRequest's plain path must match. */
async function viaRequest(input: string | URL, init?: RequestInit) {
  const request = new Request(input, init);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => (headers[key] = value));
  return { method: request.method, url: request.url, headers, body: [...new Uint8Array(await request.arrayBuffer())] };
}

async function viaReadRequest(input: string | URL, init?: RequestInit) {
  const wire = await readRequest(input, init);
  return { method: wire.method, url: wire.url.href, headers: wire.headers, body: [...wire.body] };
}

const cases: [string, string | URL, RequestInit | undefined][] = [
  ['a bare URL', 'https://cognito-idp.us-east-1.amazonaws.com/', undefined],
  ['a URL object with a query and a fragment', new URL('https://s3.amazonaws.com/b/k?list-type=2&prefix=a%2Fb#frag'), undefined],
  [
    'an SDK-style JSON POST',
    'https://cognito-identity.us-east-1.amazonaws.com/',
    { method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': 'AWSCognitoIdentityService.GetId' }, body: '{"a":1}' },
  ],
  ['a lower-case method and a string body without a content type', 'https://sts.amazonaws.com/', { method: 'post', body: 'Action=GetCallerIdentity' }],
  ['a PATCH (left to Request)', 'https://example.com/', { method: 'PATCH', body: 'x' }],
  ['bytes and no content type', 'https://bucket.s3.us-east-1.amazonaws.com/k', { method: 'PUT', body: new TextEncoder().encode('héllo') }],
  ['an ArrayBuffer body', 'https://bucket.s3.us-east-1.amazonaws.com/k', { method: 'PUT', body: new TextEncoder().encode('abc').buffer as ArrayBuffer }],
  [
    'values with outer whitespace and repeats',
    'https://example.com/',
    {
      headers: [
        ['X-A', '  one\t'],
        ['x-a', 'two'],
        ['B', ' '],
      ],
    },
  ],
  ['a Headers instance', 'https://example.com/', { headers: new Headers({ Authorization: 'AWS4-HMAC-SHA256 Credential=x' }) }],
  ['a lone surrogate in the body', 'https://example.com/', { method: 'POST', body: 'a\ud800b' }],
  ['a header with a latin-1 value', 'https://example.com/', { headers: { 'x-amz-meta-name': 'caf\u00e9' } }],
  ['redirect: manual (the cloud never follows redirects)', 'https://example.com/', { method: 'GET', redirect: 'manual' }],
  [
    'a Cookie header, as the simulated browser sends it',
    'https://x.auth.us-east-1.amazoncognito.com/login',
    { headers: { cookie: 'XSRF-TOKEN=a' }, redirect: 'manual' },
  ],
  ['options the plain path leaves to Request', 'https://example.com/', { method: 'GET', cache: 'no-store' }],
];

describe('readRequest', () => {
  it.each(cases)('reads %s exactly as a WHATWG Request would', async (_name, input, init) => {
    expect(await viaReadRequest(input, init)).toEqual(await viaRequest(input, init));
  });

  it.each([
    ['a relative URL', 'not a url', undefined],
    ['a GET with a body', 'https://example.com/', { method: 'GET', body: 'x' }],
    ['credentials in the URL', 'https://user:pw@example.com/', undefined],
    ['a forbidden method', 'https://example.com/', { method: 'CONNECT' }],
    ['a header value with a newline', 'https://example.com/', { headers: { 'x-a': 'one\ntwo' } }],
    ['a header name that is not a token', 'https://example.com/', { headers: { 'x a': 'one' } }],
  ] as [string, string, RequestInit | undefined][])('refuses %s with the error a WHATWG Request throws', async (_name, input, init) => {
    const expected = await viaRequest(input, init).then(
      () => 'no error',
      (error: Error) => `${error.name}: ${error.message}`,
    );
    const actual = await viaReadRequest(input, init).then(
      () => 'no error',
      (error: Error) => `${error.name}: ${error.message}`,
    );
    expect(expected).not.toBe('no error');
    expect(actual).toBe(expected);
  });
});
