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
    expect(explainError({ code: 'AccessDenied', message: 'Not authorized to perform sts:AssumeRoleWithSAML' }).words).toContain('Role attribute');
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

  it('tells an IAM denial by its own words: an implicit deny, an explicit deny, a guest’s session policy, never STS’s trust', () => {
    const user =
      'User: arn:aws:sts::123456789012:assumed-role/Auth/CognitoIdentityCredentials is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::b/k"';
    const implicit = explainError({ code: 'AccessDenied', message: `${user} because no identity-based policy allows the s3:GetObject action` }).words;
    expect(implicit).toContain('implicit deny');
    expect(implicit).not.toContain('trust');
    expect(explainError({ code: 'AccessDenied', message: `${user} with an explicit deny in an identity-based policy` }).words).toContain('Deny statement');
    expect(explainError({ code: 'AccessDeniedException', message: `${user} because no session policy allows the s3:GetObject action` }).words).toContain(
      'session policy',
    );
  });
});
