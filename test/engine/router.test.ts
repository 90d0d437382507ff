import { describe, expect, it } from 'vitest';
import { AWS_REGIONS, cognitoIdp, credentialScope, route, s3, type Registry, type Routed } from '../../src/engine';
import type { WireRequest } from '../../src/engine/protocol/wire';
import { echo, globalEcho, pagesSite, TEST_REGISTRY } from '../support/testServices';

const SIGNED = (region: string, service: string) =>
  `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/${region}/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc`;

function request(url: string, headers: Record<string, string> = {}, body = '', method = 'POST'): WireRequest {
  return { method, url: new URL(url), headers, body: new TextEncoder().encode(body) };
}

const LOCAL = 'http://127.0.0.1:4566';
const at = (r: WireRequest, local = false): Routed => route(TEST_REGISTRY, r, { defaultRegion: 'us-east-1', ...(local ? { local } : {}) });
const served = (r: Routed) =>
  r.kind === 'service' ? { id: r.service.id, region: r.region, via: r.via } : r.kind === 'site' ? { site: r.site.id, params: r.params, via: r.via } : r;

describe('the router, at real AWS hostnames', () => {
  it('serves every region of the commercial partition at its own host', () => {
    expect(AWS_REGIONS.size).toBeGreaterThanOrEqual(30);
    for (const region of AWS_REGIONS) {
      expect(served(at(request(`https://cognito-idp.${region}.amazonaws.com/`)))).toEqual({ id: cognitoIdp.id, region, via: 'host' });
    }
  });

  it('sends an account-wide service its one host, in its signing region', () => {
    expect(served(at(request('https://echoglobal.amazonaws.com/')))).toEqual({ id: globalEcho.id, region: 'us-east-1', via: 'host' });
  });

  it('sends a site its own hosts, with what the host names', () => {
    expect(served(at(request('https://article.pages.example.com/login', {}, '', 'GET')))).toEqual({
      site: pagesSite.id,
      params: { name: 'article' },
      via: 'host',
    });
  });

  it('finds nothing at a host in no region or of no service, and says which host', () => {
    for (const host of ['cognito-idp.eu-west-9.amazonaws.com', 'dynamodb.us-east-1.amazonaws.com', 'example.com']) {
      const routed = at(request(`https://${host}/`, { 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' }));
      expect(routed).toEqual({ kind: 'none', reason: `No simulated AWS service answers at host ${host}.` });
    }
  });
});

describe('the router, at one local address (npm run cloud)', () => {
  it('reads X-Amz-Target first, in the region the request signed for, else the default', () => {
    const target = { 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' };
    expect(served(at(request(LOCAL, target), true))).toEqual({ id: cognitoIdp.id, region: 'us-east-1', via: 'target' });
    expect(served(at(request(LOCAL, { ...target, authorization: SIGNED('ap-south-1', 'cognito-idp') }), true))).toEqual({
      id: cognitoIdp.id,
      region: 'ap-south-1',
      via: 'target',
    });
    expect(served(at(request(LOCAL, { 'x-amz-target': 'TestEcho_20260101.Echo', authorization: SIGNED('eu-west-1', 'cognito-idp') }), true))).toMatchObject({
      id: echo.id,
      via: 'target',
    });
  });

  it('then the service in the SigV4 credential scope, in the header or a presigned URL', () => {
    expect(served(at(request(LOCAL, { authorization: SIGNED('eu-central-1', 'echo') }), true))).toEqual({ id: echo.id, region: 'eu-central-1', via: 'sigv4' });
    expect(
      served(at(request(`${LOCAL}/?X-Amz-Credential=AKID%2F20260115%2Fca-central-1%2Fecho%2Faws4_request&X-Amz-Signature=x`, {}, '', 'GET'), true)),
    ).toEqual({
      id: echo.id,
      region: 'ca-central-1',
      via: 'sigv4',
    });
    expect(served(at(request(LOCAL, { authorization: SIGNED('eu-central-1', 'echoglobal') }), true))).toEqual({
      id: globalEcho.id,
      region: 'us-east-1',
      via: 'sigv4',
    });
  });

  it("then a site's own host under localhost", () => {
    expect(served(at(request('http://article.pages.example.com.localhost:4566/login', {}, '', 'GET'), true))).toEqual({
      site: pagesSite.id,
      params: { name: 'article' },
      via: 'site-host',
    });
  });

  it("then a path a service answers: a pool's well-known documents, in the region its id names", () => {
    expect(served(at(request(`${LOCAL}/ap-southeast-2_AbC123xyz/.well-known/jwks.json`, {}, '', 'GET'), true))).toEqual({
      id: cognitoIdp.id,
      region: 'ap-southeast-2',
      via: 'path',
    });
    expect(served(at(request(`${LOCAL}/us-west-2_x/.well-known/openid-configuration`, {}, '', 'GET'), true))).toMatchObject({
      region: 'us-west-2',
      via: 'path',
    });
  });

  it('answers what names nothing with a reason that says what to send', () => {
    expect(at(request(LOCAL), true)).toMatchObject({ kind: 'none', reason: expect.stringContaining('X-Amz-Target') });
    expect(at(request(LOCAL, { 'x-amz-target': 'DynamoDB_20120810.GetItem' }), true)).toEqual({
      kind: 'none',
      reason: 'X-Amz-Target DynamoDB_20120810.GetItem names no service this simulator knows.',
    });
    expect(at(request(LOCAL, { authorization: 'Bearer nope' }), true)).toMatchObject({ kind: 'none' });
  });
});

describe('credentialScope', () => {
  it('reads region and service from a SigV4 Authorization header or presigned query', () => {
    expect(credentialScope(request(LOCAL, { authorization: SIGNED('eu-west-1', 'cognito-idp') }))).toEqual({ region: 'eu-west-1', service: 'cognito-idp' });
    expect(credentialScope(request(LOCAL))).toBeUndefined();
    expect(credentialScope(request(LOCAL, { authorization: 'AWS4-HMAC-SHA256 Credential=garbage' }))).toBeUndefined();
  });
});

describe('the router, by Query Action', () => {
  it('finds the Query service whose model lists the Action, in the body or the query string', () => {
    const querySts = {
      ...echo,
      id: 'query-sts',
      endpointPrefix: 'querysts',
      signingName: 'querysts',
      targetPrefix: undefined,
      protocol: { ...echo.protocol, id: 'query' as const },
    };
    const registry = { services: [...TEST_REGISTRY.services, querySts], sites: [] };
    const modelOf = (s: { id: string }) => (s.id === 'query-sts' ? { actions: ['GetCallerIdentity'] } : undefined);
    const form = request(LOCAL, { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' }, 'Action=GetCallerIdentity&Version=2011-06-15');
    expect(served(route(registry, form, { defaultRegion: 'us-east-1', local: true, modelOf }))).toEqual({
      id: 'query-sts',
      region: 'us-east-1',
      via: 'query-action',
    });
    expect(
      served(route(registry, request(`${LOCAL}/?Action=GetCallerIdentity`, {}, '', 'GET'), { defaultRegion: 'eu-west-1', local: true, modelOf })),
    ).toMatchObject({ id: 'query-sts', region: 'eu-west-1' });
    expect(route(registry, request(`${LOCAL}/?Action=MakeCoffee`, {}, '', 'GET'), { defaultRegion: 'us-east-1', local: true, modelOf })).toMatchObject({
      kind: 'none',
    });
  });
});

describe('the router, for S3-style hosts', () => {
  const registry: Registry = { services: [cognitoIdp, s3], sites: [] };
  const s3At = (url: string, headers: Record<string, string> = {}, local = false) => {
    const routed = route(registry, request(url, headers, '', 'GET'), { defaultRegion: 'us-east-1', ...(local ? { local } : {}) });
    return routed.kind === 'service' ? { id: routed.service.id, region: routed.region, via: routed.via, bucket: routed.hostBucket } : routed;
  };

  it('reads a virtual-hosted bucket and its region from the host, dots and all', () => {
    expect(s3At('https://photos.s3.eu-west-1.amazonaws.com/cat.jpg')).toEqual({ id: s3.id, region: 'eu-west-1', via: 'host', bucket: 'photos' });
    expect(s3At('https://my.dotted.bucket.s3.us-west-2.amazonaws.com/')).toEqual({ id: s3.id, region: 'us-west-2', via: 'host', bucket: 'my.dotted.bucket' });
    expect(s3At('https://s3.s3.ap-south-1.amazonaws.com/')).toEqual({ id: s3.id, region: 'ap-south-1', via: 'host', bucket: 's3' });
  });

  it('takes s3.amazonaws.com, with or without a bucket, for us-east-1', () => {
    expect(s3At('https://photos.s3.amazonaws.com/')).toEqual({ id: s3.id, region: 'us-east-1', via: 'host', bucket: 'photos' });
    expect(s3At('https://s3.amazonaws.com/photos')).toEqual({ id: s3.id, region: 'us-east-1', via: 'host', bucket: undefined });
  });

  it('serves path style at every regional host, and nothing at a region that does not exist', () => {
    for (const region of AWS_REGIONS)
      expect(s3At(`https://s3.${region}.amazonaws.com/photos/cat.jpg`)).toEqual({ id: s3.id, region, via: 'host', bucket: undefined });
    expect(s3At('https://photos.s3.eu-west-9.amazonaws.com/')).toEqual({
      kind: 'none',
      reason: 'No simulated AWS service answers at host photos.s3.eu-west-9.amazonaws.com.',
    });
    expect(s3At('https://cognito-idp.eu-west-1.amazonaws.com/')).toMatchObject({ id: cognitoIdp.id, region: 'eu-west-1' });
  });

  it('at one local address, finds S3 path style by the SigV4 credential scope', () => {
    expect(s3At(`${LOCAL}/photos/cat.jpg`, { authorization: SIGNED('eu-west-1', 's3') }, true)).toEqual({
      id: s3.id,
      region: 'eu-west-1',
      via: 'sigv4',
      bucket: undefined,
    });
  });
});
