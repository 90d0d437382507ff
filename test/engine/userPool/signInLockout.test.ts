import { describe, expect, it } from 'vitest';
import { MINUTE, SECOND, type Cloud } from '../../../src/engine';
import { articlePool, expectAwsError, newCloud, PASSWORD_FLOWS } from '../../support/cloud';
import { confirmedUser, passwordSignIn } from '../../support/users';

const INCORRECT = ['NotAuthorizedException', 'Incorrect username or password.'] as const;
const LOCKED = ['NotAuthorizedException', 'Password attempts exceeded'] as const;

async function samPool(cloud: Cloud): Promise<string> {
  const { clientId } = await articlePool(cloud, { flows: PASSWORD_FLOWS });
  await confirmedUser(cloud, clientId, 'sam');
  return clientId;
}

async function fail(cloud: Cloud, clientId: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await expectAwsError(passwordSignIn(cloud, clientId, 'sam', 'Wrong#123'), ...INCORRECT);
}

const signsIn = async (cloud: Cloud, clientId: string) => expect((await passwordSignIn(cloud, clientId, 'sam')).AuthenticationResult).toBeDefined();

describe('sign-in lockout (developer guide: lockout behavior for failed sign-in attempts)', () => {
  it('locks for 2^(n−5) seconds from the fifth failure on', async () => {
    const cloud = await newCloud();
    const clientId = await samPool(cloud);
    await fail(cloud, clientId, 5);
    cloud.clock.advance(1 * SECOND);
    await fail(cloud, clientId); // n = 6: two seconds
    cloud.clock.advance(2 * SECOND - 1);
    await expectAwsError(passwordSignIn(cloud, clientId, 'sam'), ...LOCKED);
    cloud.clock.advance(1);
    await fail(cloud, clientId); // n = 7: four seconds
    cloud.clock.advance(4 * SECOND - 1);
    await expectAwsError(passwordSignIn(cloud, clientId, 'sam'), ...LOCKED);
    cloud.clock.advance(1);
    await signsIn(cloud, clientId);
  });

  it('answers attempts during a lock with "Password attempts exceeded", without counting them or extending the lock', async () => {
    const cloud = await newCloud();
    const clientId = await samPool(cloud);
    await fail(cloud, clientId, 5);
    for (let i = 0; i < 10; i++) await expectAwsError(passwordSignIn(cloud, clientId, 'sam', 'Wrong#123'), ...LOCKED);
    cloud.clock.advance(1 * SECOND);
    // Not counted: this is n = 6, a two-second lock, not n = 16.
    await fail(cloud, clientId);
    cloud.clock.advance(2 * SECOND);
    await signsIn(cloud, clientId);
  });

  it('caps the lock at 15 minutes', async () => {
    const cloud = await newCloud();
    const clientId = await samPool(cloud);
    await fail(cloud, clientId, 5);
    for (let n = 6; n <= 15; n++) {
      cloud.clock.advance(2 ** (n - 1 - 5) * SECOND);
      await fail(cloud, clientId);
    }
    // n = 15 would be 2^10 s; it is 15 minutes.
    cloud.clock.advance(15 * MINUTE - 1);
    await expectAwsError(passwordSignIn(cloud, clientId, 'sam'), ...LOCKED);
    cloud.clock.advance(1);
    await signsIn(cloud, clientId);
  });

  it('forgets the failures after 15 minutes without any sign-in attempt', async () => {
    const cloud = await newCloud();
    const clientId = await samPool(cloud);
    await fail(cloud, clientId, 5);
    cloud.clock.advance(15 * MINUTE);
    // Back to n = 0: four more failures lock nothing.
    await fail(cloud, clientId, 4);
    await signsIn(cloud, clientId);
  });

  it('counts an attempt refused during a lock as an attempt that restarts the 15 quiet minutes [U]', async () => {
    const cloud = await newCloud();
    const clientId = await samPool(cloud);
    await fail(cloud, clientId, 5);
    cloud.clock.advance(SECOND / 2);
    await expectAwsError(passwordSignIn(cloud, clientId, 'sam'), ...LOCKED);
    cloud.clock.advance(15 * MINUTE - SECOND / 2);
    // 15 minutes after the last failure but not after the last attempt: n = 6, a two-second lock.
    await fail(cloud, clientId);
    await expectAwsError(passwordSignIn(cloud, clientId, 'sam'), ...LOCKED);
  });

  it('forgets the failures after a successful sign-in once the lock has ended', async () => {
    const cloud = await newCloud();
    const clientId = await samPool(cloud);
    await fail(cloud, clientId, 5);
    cloud.clock.advance(1 * SECOND);
    await fail(cloud, clientId);
    cloud.clock.advance(2 * SECOND);
    await signsIn(cloud, clientId);
    await fail(cloud, clientId, 4);
    await signsIn(cloud, clientId);
    await fail(cloud, clientId, 5);
    // n = 5 again: one second, not 2^(11−5).
    cloud.clock.advance(1 * SECOND);
    await signsIn(cloud, clientId);
  });
});
