import { describe, expect, it } from 'vitest';
import { articlePool, newCloud, PASSWORD_FLOWS } from '../../support/cloud';
import { confirmedUser, tokensFor } from '../../support/users';

/** The same steps on a fresh cloud: pool, client, sign-up, confirmation, sign-in, refresh. */
async function run(seed: string) {
  const cloud = await newCloud({ seed });
  const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
  await confirmedUser(cloud, clientId, 'sam');
  const tokens = await tokensFor(cloud, clientId, 'sam');
  const refreshed = await cloud.cognitoIdp.initiateAuth({
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    ClientId: clientId,
    AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken },
  });
  return { ...tokens, refreshedId: refreshed.AuthenticationResult!.IdToken, refreshedAccess: refreshed.AuthenticationResult!.AccessToken };
}

describe('Token determinism', () => {
  it('gives byte-identical tokens for the same seed and the same injected keys', async () => {
    const [first, second] = await Promise.all([run('lesson-3'), run('lesson-3')]);
    expect(second).toEqual(first);
  });

  it('gives different tokens for a different seed', async () => {
    const [first, second] = await Promise.all([run('lesson-3'), run('lesson-4')]);
    expect(second.IdToken).not.toBe(first.IdToken);
    expect(second.RefreshToken).not.toBe(first.RefreshToken);
  });
});
