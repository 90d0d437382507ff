import { describe, expect, it } from 'vitest';
import { credentialScope, routeRequest } from '../../src/server/route';
import { parseCommandLine } from '../../src/server/main';
import { actionOf, errorOf, formatRequest } from '../../src/server/print';

const SIGNED = 'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260115/eu-west-1/cognito-idp/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc';

describe('routeRequest', () => {
  it('routes by the X-Amz-Target prefix to cognito-idp in the default region', () => {
    const route = routeRequest({ method: 'POST', path: '/', headers: { 'x-amz-target': 'AWSCognitoIdentityProviderService.SignUp' } }, 'us-east-1');
    expect(route).toEqual({ ok: true, service: 'cognito-idp', region: 'us-east-1', url: 'https://cognito-idp.us-east-1.amazonaws.com/', via: 'target' });
  });

  it('takes the region from the SigV4 credential scope when the request is signed', () => {
    const route = routeRequest(
      { method: 'POST', path: '/', headers: { 'x-amz-target': 'AWSCognitoIdentityProviderService.AdminGetUser', authorization: SIGNED } },
      'us-east-1',
    );
    expect(route).toMatchObject({ ok: true, url: 'https://cognito-idp.eu-west-1.amazonaws.com/', via: 'target' });
  });

  it('routes a request without a known target by the service in the SigV4 credential scope', () => {
    const route = routeRequest({ method: 'POST', path: '/?Action=GetCallerIdentity', headers: { authorization: SIGNED.replace('cognito-idp', 'sts') } }, 'us-east-1');
    expect(route).toEqual({ ok: true, service: 'sts', region: 'eu-west-1', url: 'https://sts.eu-west-1.amazonaws.com/?Action=GetCallerIdentity', via: 'sigv4' });
  });

  it('routes the identity-pool target prefix to cognito-identity', () => {
    const route = routeRequest({ method: 'POST', path: '/', headers: { 'x-amz-target': 'AWSCognitoIdentityService.GetId' } }, 'us-east-1');
    expect(route).toMatchObject({ ok: true, service: 'cognito-identity', url: 'https://cognito-identity.us-east-1.amazonaws.com/' });
  });

  it('routes GET /<poolId>/.well-known/jwks.json to the pool region named in the pool id', () => {
    const route = routeRequest({ method: 'GET', path: '/ap-southeast-2_AbC123xyz/.well-known/jwks.json', headers: {} }, 'us-east-1');
    expect(route).toEqual({
      ok: true,
      service: 'cognito-idp',
      region: 'ap-southeast-2',
      url: 'https://cognito-idp.ap-southeast-2.amazonaws.com/ap-southeast-2_AbC123xyz/.well-known/jwks.json',
      via: 'well-known',
    });
    expect(routeRequest({ method: 'GET', path: '/us-east-1_x/.well-known/openid-configuration', headers: {} }, 'us-east-1')).toMatchObject({ ok: true });
  });

  it('reads the first value of a repeated header', () => {
    const route = routeRequest({ method: 'POST', path: '/', headers: { 'x-amz-target': ['AWSCognitoIdentityProviderService.SignUp', 'x'] } }, 'us-east-1');
    expect(route).toMatchObject({ ok: true, service: 'cognito-idp' });
  });

  it('answers an unroutable request with an AWS-shaped error that says what is missing', () => {
    expect(routeRequest({ method: 'POST', path: '/', headers: {} }, 'us-east-1')).toMatchObject({
      ok: false,
      status: 400,
      code: 'UnknownOperationException',
      message: expect.stringContaining('X-Amz-Target'),
    });
    expect(routeRequest({ method: 'POST', path: '/', headers: { 'x-amz-target': 'DynamoDB_20120810.GetItem' } }, 'us-east-1')).toMatchObject({
      ok: false,
      message: expect.stringContaining('DynamoDB_20120810.GetItem'),
    });
    expect(routeRequest({ method: 'POST', path: '/', headers: { authorization: 'Bearer nope' } }, 'us-east-1')).toMatchObject({ ok: false });
  });
});

describe('credentialScope', () => {
  it('reads region and service from a SigV4 Authorization header', () => {
    expect(credentialScope(SIGNED)).toEqual({ region: 'eu-west-1', service: 'cognito-idp' });
    expect(credentialScope(undefined)).toBeUndefined();
    expect(credentialScope('AWS4-HMAC-SHA256 Credential=garbage')).toBeUndefined();
  });
});

describe('the command line', () => {
  it('takes port and region from flags, else PORT and AWS_REGION, else 4566 and us-east-1', () => {
    expect(parseCommandLine([], {})).toMatchObject({ port: 4566, host: '127.0.0.1', region: 'us-east-1', bootstrap: false });
    expect(parseCommandLine([], { PORT: '5000', AWS_REGION: 'eu-central-1' })).toMatchObject({ port: 5000, region: 'eu-central-1' });
    expect(parseCommandLine(['--port', '0', '--region', 'us-west-2', '--state', 's.json', '--seed', 'x', '--bootstrap', '--host', '0.0.0.0'], { PORT: '5000' })).toEqual({
      help: false,
      port: 0,
      host: '0.0.0.0',
      region: 'us-west-2',
      seed: 'x',
      statePath: 's.json',
      bootstrap: true,
    });
  });

  it('refuses a port that is not a port', () => {
    expect(() => parseCommandLine(['--port', 'http'], {})).toThrow('--port must be a number from 0 to 65535, got "http"');
  });
});

describe('the terminal lines', () => {
  it('names the action and the AWS error of a failed request', () => {
    expect(actionOf('POST', '/', 'AWSCognitoIdentityProviderService.InitiateAuth')).toBe('InitiateAuth');
    expect(actionOf('GET', '/p/.well-known/jwks.json', undefined)).toBe('GET /p/.well-known/jwks.json');
    const error = errorOf(400, 'InvalidParameterException', '{"__type":"InvalidParameterException","message":"USER_PASSWORD_AUTH flow not enabled for this client"}');
    expect(error).toEqual({ code: 'InvalidParameterException', message: 'USER_PASSWORD_AUTH flow not enabled for this client' });
    expect(errorOf(200, null, '{}')).toBeUndefined();
    expect(errorOf(500, null, 'not json')).toEqual({ code: 'Error', message: '' });
    const line = formatRequest({ at: 0, method: 'POST', action: 'InitiateAuth', status: 400, error: error!, ms: 3 });
    expect(line).toMatch(/InitiateAuth +400 {2}InvalidParameterException: USER_PASSWORD_AUTH flow not enabled for this client {2}\(3 ms\)$/);
  });
});
