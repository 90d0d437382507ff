import { describe, expect, it } from 'vitest';
import { USER_POOL_MESSAGES as M } from '../../src/engine';
import { explainError } from '../../src/ui/app/errorWords';

describe('explainError', () => {
  it('tells a locked-out learner that the simulated clock only moves when they move it, and offers to move it', () => {
    const { words, wayOut } = explainError({ code: 'NotAuthorizedException', message: M.passwordAttemptsExceeded });
    expect(words).toContain('The simulated clock only moves when you move it');
    expect(words).toContain('about 15 minutes');
    expect(wayOut).toEqual({ label: 'Let an hour pass', clockMs: 3_600_000 });
  });

  it('does not speak of the clock for a plain wrong password', () => {
    expect(explainError({ code: 'NotAuthorizedException', message: M.incorrectCredentials }).words).toBe('Wrong username or password.');
  });

  it('explains the identity side’s refusals: a trust policy that refuses the token, expired credentials with the way to fresh ones', () => {
    expect(explainError({ code: 'AccessDenied', message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity' }).words).toContain('trust policy');
    expect(explainError({ code: 'ExpiredToken', message: 'The provided token has expired.' }).wayOut).toEqual({
      label: 'Get fresh credentials',
      event: { type: 'credentials.refresh' },
    });
    expect(
      explainError({
        code: 'InvalidIdentityPoolConfigurationException',
        message: 'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
      }).words,
    ).toContain('identity pool’s role');
  });
});
