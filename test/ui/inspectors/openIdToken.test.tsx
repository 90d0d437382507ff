// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { JSONWebKeySet } from 'jose';
import { MINUTE, type Cloud } from '../../../src/engine';
import { lastOpenIdToken, OPENID_JWKS_URL, verifyOpenIdToken } from '../../../src/ui/inspectors/tokens/openIdToken';
import { OpenIdTokenCard } from '../../../src/ui/inspectors/tokens/OpenIdTokenCard';
import { identityLog } from '../../flows/diagrams/identityLog';

afterEach(cleanup);

const jwksOf = async (cloud: Cloud) => (await (await cloud.peek(OPENID_JWKS_URL)).json()) as JSONWebKeySet;

/** The payload re-encoded with one claim changed, the signature kept. */
function tampered(token: string, claims: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const changed = { ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), ...claims };
  return [header, Buffer.from(JSON.stringify(changed)).toString('base64url'), signature].join('.');
}

describe('the identity pool’s OpenID token', () => {
  it('is read from the log: the guest’s GetOpenIdToken answer, or the token the pool gave STS inside GetCredentialsForIdentity', async () => {
    const log = await identityLog();
    const entries = log.cloud.log.entries;
    expect(lastOpenIdToken(entries)).toEqual({ token: log.guest.token, from: 'AssumeRoleWithWebIdentity', insideCloud: false });
    const enhanced = entries.slice(0, log.setupCalls + 3);
    const nested = lastOpenIdToken(enhanced)!;
    expect(nested).toMatchObject({ from: 'AssumeRoleWithWebIdentity', insideCloud: true });
    expect(JSON.parse(Buffer.from(nested.token.split('.')[1]!, 'base64url').toString())).toMatchObject({ sub: log.identityId, aud: log.pool.identityPoolId });
    const basic = entries.slice(0, entries.length - 1);
    expect(lastOpenIdToken(basic)).toEqual({ token: log.guest.token, from: 'GetOpenIdToken', insideCloud: false });
    // The user pool's tokens in the log are not the identity pool's.
    expect(lastOpenIdToken(entries.slice(0, log.setupCalls))).toBeUndefined();
  });

  it('verifies with RS512 and the keys at cognito-identity.amazonaws.com/.well-known/jwks_uri, checking iss, aud, amr and exp', async () => {
    const log = await identityLog();
    const verdict = await verifyOpenIdToken({
      token: log.guest.token,
      jwks: await jwksOf(log.cloud),
      identityPoolId: log.pool.identityPoolId,
      now: log.cloud.clock.now(),
    });
    expect(verdict.ok).toBe(true);
    expect(verdict.checks.map((c) => [c.label, c.ok])).toEqual([
      ['Signature', true],
      ['iss', true],
      ['aud', true],
      ['amr', true],
      ['exp', true],
    ]);
    expect(verdict.checks[0]!.reason).toBe(`RS512 signature matches key us-east-1-1 from ${OPENID_JWKS_URL}.`);
    expect(verdict.checks[3]!.reason).toContain('Says a guest');
    expect(verdict.summary).toMatch(/^Valid at the simulated time: STS’s AssumeRoleWithWebIdentity would take it/);
  });

  it('refuses a token for another pool, a changed one, and one past its ten minutes, as STS would', async () => {
    const log = await identityLog();
    const jwks = await jwksOf(log.cloud);
    const now = log.cloud.clock.now();
    const other = await verifyOpenIdToken({ token: log.guest.token, jwks, identityPoolId: 'us-east-1:00000000-0000-0000-0000-000000000000', now });
    expect(other.ok).toBe(false);
    expect(other.checks.find((c) => c.label === 'aud')).toMatchObject({ ok: false });
    expect(other.summary).toMatch(/^STS’s AssumeRoleWithWebIdentity would refuse it with InvalidIdentityToken\. aud: /);
    const changed = await verifyOpenIdToken({ token: tampered(log.guest.token, { amr: ['authenticated'] }), jwks, now });
    expect(changed.checks[0]).toMatchObject({ label: 'Signature', ok: false });
    expect(changed.summary).toContain('the token was changed after the identity pool signed it');
    const late = await verifyOpenIdToken({ token: log.guest.token, jwks, now: now + 11 * MINUTE });
    expect(late.ok).toBe(false);
    expect(late.summary).toMatch(/^STS’s AssumeRoleWithWebIdentity would refuse it with ExpiredTokenException\. exp: /);
  });

  it('refuses a user pool token handed over as if it were one (RS256, another issuer)', async () => {
    const log = await identityLog();
    const idToken = Object.values(log.pool.logins)[0]!;
    const verdict = await verifyOpenIdToken({ token: idToken, jwks: await jwksOf(log.cloud), now: log.cloud.clock.now() });
    expect(verdict.checks[0]!.reason).toBe('The header says alg "RS256"; the identity pool signs with RS512.');
    expect(verdict.checks[1]).toMatchObject({ label: 'iss', ok: false });
  });

  it('renders the token’s claims in words and STS’s verdict, fetching the keys without logging', async () => {
    const log = await identityLog();
    const entries = log.cloud.log.entries;
    const before = entries.length;
    render(
      <OpenIdTokenCard
        logged={lastOpenIdToken(entries.slice(0, -1))!}
        identityPoolId={log.pool.identityPoolId}
        peek={(url) => log.cloud.peek(url)}
        now={log.cloud.clock.now()}
      />,
    );
    expect(screen.getByText(/GetOpenIdToken gave it to the app/)).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'aud' }).closest('tr')!.textContent).toContain(log.pool.identityPoolId);
    expect(screen.getByRole('rowheader', { name: 'sub' }).closest('tr')!.textContent).toContain(log.guest.identityId);
    expect(await screen.findByText('✓ Valid.')).toBeTruthy();
    expect(log.cloud.log.entries.length).toBe(before);
  });
});
