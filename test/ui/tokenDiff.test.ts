import { describe, expect, it } from 'vitest';
import { articlePool, newCloud, PASSWORD_FLOWS } from '../support/cloud';
import { confirmedUser, passwordSignIn } from '../support/users';
import { claimChanges, previousTokens } from '../../src/ui/inspectors/tokens/diff';

/** A real sign-in, five minutes, then a real REFRESH_TOKEN_AUTH. */
async function signInThenRefresh() {
  const cloud = await newCloud();
  const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
  await confirmedUser(cloud, clientId, 'sam');
  const first = (await passwordSignIn(cloud, clientId, 'sam')).AuthenticationResult!;
  cloud.clock.advance(5 * 60_000);
  const refreshed = await cloud.cognitoIdp.initiateAuth({
    ClientId: clientId,
    AuthFlow: 'REFRESH_TOKEN_AUTH',
    AuthParameters: { REFRESH_TOKEN: first.RefreshToken! },
  });
  return { cloud, first, second: refreshed.AuthenticationResult! };
}

describe('the Tokens tab compares new tokens with the old ones', () => {
  it('finds the tokens issued before the current ones in the log, and none before the first', async () => {
    const { cloud, first, second } = await signInThenRefresh();
    const entries = cloud.log.entries;
    expect(previousTokens(entries, second)?.AccessToken).toBe(first.AccessToken);
    expect(previousTokens(entries, first)).toBeUndefined();
    expect(previousTokens(entries, undefined)).toBeUndefined();
  });

  it('shows that a refresh changes iat, exp and jti and keeps auth_time and origin_jti', async () => {
    const { first, second } = await signInThenRefresh();
    for (const [before, after] of [
      [first.AccessToken, second.AccessToken],
      [first.IdToken, second.IdToken],
    ] as const) {
      const changed = Object.fromEntries(claimChanges(before, after).map((c) => [c.claim, c.changed]));
      expect(changed).toMatchObject({ iat: true, exp: true, jti: true, auth_time: false, origin_jti: false, sub: false });
    }
    const iat = claimChanges(first.AccessToken, second.AccessToken).find((c) => c.claim === 'iat')!;
    expect((iat.after as number) - (iat.before as number)).toBe(300);
  });
});
