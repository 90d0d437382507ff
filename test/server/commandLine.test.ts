import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/server/main';
import { actionOf, errorOf, formatRequest } from '../../src/server/print';

describe('the command line', () => {
  it('takes port and region from flags, else PORT and AWS_REGION, else 4566 and us-east-1', () => {
    expect(parseCommandLine([], {})).toMatchObject({ port: 4566, host: '127.0.0.1', region: 'us-east-1', bootstrap: false });
    expect(parseCommandLine([], { PORT: '5000', AWS_REGION: 'eu-central-1' })).toMatchObject({ port: 5000, region: 'eu-central-1' });
    expect(
      parseCommandLine(['--port', '0', '--region', 'us-west-2', '--state', 's.json', '--seed', 'x', '--bootstrap', '--host', '0.0.0.0'], { PORT: '5000' }),
    ).toEqual({
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
    const error = errorOf(
      400,
      'InvalidParameterException',
      '{"__type":"InvalidParameterException","message":"USER_PASSWORD_AUTH flow not enabled for this client"}',
    );
    expect(error).toEqual({ code: 'InvalidParameterException', message: 'USER_PASSWORD_AUTH flow not enabled for this client' });
    expect(errorOf(200, null, '{}')).toBeUndefined();
    expect(errorOf(500, null, 'not json')).toEqual({ code: 'Error', message: '' });
    const line = formatRequest({ at: 0, method: 'POST', action: 'InitiateAuth', status: 400, error: error!, ms: 3 });
    expect(line).toMatch(/InitiateAuth +400 {2}InvalidParameterException: USER_PASSWORD_AUTH flow not enabled for this client {2}\(3 ms\)$/);
  });
});
