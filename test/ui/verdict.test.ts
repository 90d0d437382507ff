import { describe, expect, it } from 'vitest';
import { verifyToken, type VerifyOptions } from '../../src/ui/inspectors/tokens/verdict';
import { base64UrlEncode, withClaim } from '../../src/ui/inspectors/tokens/decode';
import { CLIENT_ID, ISSUER, JWKS, NOW, cognitoToken } from './tokenFixtures';

const base = { jwks: JWKS, issuer: ISSUER, clientId: CLIENT_ID, now: NOW } satisfies Omit<VerifyOptions, 'token' | 'expect'>;
const failed = (v: { checks: { id: string; ok: boolean }[] }) => v.checks.filter((c) => !c.ok).map((c) => c.id);

describe('verifyToken', () => {
  it('accepts a fresh ID token issued to this client by this pool', async () => {
    const verdict = await verifyToken({ ...base, token: await cognitoToken('id'), expect: 'id' });
    expect(verdict.ok).toBe(true);
    expect(verdict.checks.map((c) => c.id)).toEqual(['signature', 'iss', 'aud', 'token_use', 'exp']);
    expect(verdict.checks.find((c) => c.id === 'exp')!.reason).toBe('Expires in 1 h.');
    expect(verdict.summary).toMatch(/would accept it/);
    expect(verdict.summary).toContain('unless the authorizer is configured with OAuth scopes: scopes require the access token');
  });

  it('checks client_id instead of aud on an access token', async () => {
    const verdict = await verifyToken({ ...base, token: await cognitoToken('access'), expect: 'access' });
    expect(verdict.ok).toBe(true);
    expect(verdict.checks.map((c) => c.id)).toContain('client_id');
    expect(verdict.summary).not.toContain('OAuth scopes');
  });

  it('rejects a tampered payload because the signature no longer matches', async () => {
    const token = withClaim(await cognitoToken('id'), 'cognito:groups', ['admin']);
    const verdict = await verifyToken({ ...base, token, expect: 'id' });
    expect(verdict.ok).toBe(false);
    expect(failed(verdict)).toEqual(['signature']);
    expect(verdict.summary).toMatch(/^As API Gateway's Cognito authorizer would reject it: 401 Unauthorized\. Signature: .*changed after Cognito signed it/);
  });

  it('rejects an expired token and says how long ago it expired', async () => {
    const verdict = await verifyToken({ ...base, token: await cognitoToken('id'), expect: 'id', now: NOW + 63 * 60_000 });
    expect(failed(verdict)).toEqual(['exp']);
    expect(verdict.checks.find((c) => c.id === 'exp')!.reason).toBe('Expired 3 min ago.');
  });

  it('treats exp equal to now as expired, as jose does', async () => {
    const verdict = await verifyToken({ ...base, token: await cognitoToken('id'), expect: 'id', now: NOW + 3600_000 });
    expect(failed(verdict)).toEqual(['exp']);
  });

  it('rejects an access token where an ID token is expected (wrong token_use and no aud)', async () => {
    const verdict = await verifyToken({ ...base, token: await cognitoToken('access'), expect: 'id' });
    expect(failed(verdict)).toEqual(['aud', 'token_use']);
    expect(verdict.checks.find((c) => c.id === 'token_use')!.reason).toBe(
      'token_use is "access" but this verifier expects "id": an ID token is required here.',
    );
    expect(verdict.checks.find((c) => c.id === 'aud')!.reason).toMatch(/access tokens carry client_id, not aud/);
  });

  it('rejects a token from another pool by iss', async () => {
    const verdict = await verifyToken({
      ...base,
      token: await cognitoToken('id', { iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other' }),
      expect: 'id',
    });
    expect(failed(verdict)).toEqual(['iss']);
  });

  it('rejects alg "none" without trying the signature', async () => {
    const token = await cognitoToken('id');
    const [, payload] = token.split('.');
    const verdict = await verifyToken({ ...base, token: `${base64UrlEncode('{"alg":"none"}')}.${payload}.`, expect: 'id' });
    expect(verdict.checks[0]).toMatchObject({ id: 'signature', ok: false });
    expect(verdict.checks[0]!.reason).toMatch(/alg "none"/);
  });

  it('explains garbage instead of throwing', async () => {
    const verdict = await verifyToken({ ...base, token: 'not-a-token', expect: 'id' });
    expect(verdict).toMatchObject({ ok: false, checks: [{ id: 'format', ok: false }] });
    expect(verdict.summary).toMatch(/3 parts/);
  });

  it('still rejects what only jose catches (a future nbf)', async () => {
    const verdict = await verifyToken({ ...base, token: await cognitoToken('id', { nbf: Math.floor(NOW / 1000) + 600 }), expect: 'id' });
    expect(verdict.ok).toBe(false);
    expect(verdict.checks.at(-1)!.reason).toMatch(/nbf/);
  });
});
