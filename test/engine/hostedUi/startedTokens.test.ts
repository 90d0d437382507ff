import { decodeJwt } from 'jose';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyCache } from '../../../src/engine/tokens/keys';
import { newCloud } from '../../support/cloud';
import { CALLBACK, issueCode, oauthPool, postForm, type OAuthSetup } from '../../support/oauth';

type TestCloud = Awaited<ReturnType<typeof newCloud>>;

// The hosted UI starts signing a code's tokens when it issues the code (startTokens in userPool/lib/tokens.ts); the token
// endpoint takes those signatures when its claims are the same. What a client sees must not depend on it.

const exchange = (cloud: TestCloud, setup: OAuthSetup, code: string) =>
  postForm(cloud, `${setup.base}/oauth2/token`, { grant_type: 'authorization_code', client_id: setup.clientId, code, redirect_uri: CALLBACK });

/** How many signatures the token endpoint took from those started ahead, and the tokens it answered. */
async function redeem(cloud: TestCloud, setup: OAuthSetup, code: string) {
  const take = vi.spyOn(KeyCache.prototype, 'takeStarted');
  const response = await exchange(cloud, setup, code);
  const taken = take.mock.results.filter((r) => r.value !== undefined).length;
  take.mockRestore();
  expect(response.status).toBe(200);
  return { taken, body: (await response.json()) as Record<string, unknown> };
}

afterEach(() => vi.restoreAllMocks());

describe('the tokens of an authorization code, signed from when the code is issued', () => {
  it('are taken by the token request that comes next, both of them', async () => {
    const cloud = await newCloud({ seed: 'started-code' });
    const setup = await oauthPool(cloud);
    const code = await issueCode(cloud, setup, { nonce: 'n-1' });
    const { taken, body } = await redeem(cloud, setup, code);
    expect(taken).toBe(2);
    expect(decodeJwt(body['id_token'] as string)).toMatchObject({ token_use: 'id', nonce: 'n-1', aud: setup.clientId });
    expect(decodeJwt(body['access_token'] as string)).toMatchObject({ token_use: 'access', scope: 'openid email' });
  });

  it('are byte for byte the tokens a cloud that never starts them answers, and leave the ids that follow alone', async () => {
    const run = async (startAhead: boolean) => {
      if (!startAhead) vi.spyOn(KeyCache.prototype, 'start').mockImplementation(() => undefined);
      const cloud = await newCloud({ seed: 'same-seed' });
      const setup = await oauthPool(cloud);
      const { taken, body } = await redeem(cloud, setup, await issueCode(cloud, setup));
      vi.restoreAllMocks();
      const next = await cloud.cognitoIdp.adminCreateUser({ UserPoolId: setup.userPoolId, Username: 'later', MessageAction: 'SUPPRESS' });
      return { taken, body, later: next.User?.Attributes, requestIds: cloud.log.entries.map((e) => e.requestId) };
    };
    const ahead = await run(true);
    const notAhead = await run(false);
    expect([ahead.taken, notAhead.taken]).toEqual([2, 0]);
    expect(ahead.body).toEqual(notAhead.body);
    expect(ahead.later).toEqual(notAhead.later);
    expect(ahead.requestIds).toEqual(notAhead.requestIds);
  });

  it('are signed anew when another request comes first, with that request having drawn its id', async () => {
    const cloud = await newCloud({ seed: 'started-code' });
    const setup = await oauthPool(cloud);
    const code = await issueCode(cloud, setup);
    await cloud.fetch(`https://cognito-idp.${cloud.region}.amazonaws.com/${setup.userPoolId}/.well-known/jwks.json`);
    const { taken, body } = await redeem(cloud, setup, code);
    expect(taken).toBe(0);
    expect(decodeJwt(body['id_token'] as string)).toMatchObject({ token_use: 'id', aud: setup.clientId });
  });

  it('are signed anew when the clock moved before the code is redeemed, with the later iat', async () => {
    const cloud = await newCloud({ seed: 'started-code' });
    const setup = await oauthPool(cloud);
    const code = await issueCode(cloud, setup);
    cloud.clock.advance(2_000);
    const { taken, body } = await redeem(cloud, setup, code);
    expect(taken).toBe(0);
    expect(decodeJwt(body['access_token'] as string).iat).toBe(Math.floor(cloud.clock.now() / 1000));
  });
});
