import { describe, expect, it } from 'vitest';
import { CLAIMS, explainClaim } from '../../src/ui/inspectors/tokens/claims';
import { describeExpiry, formatDuration, relativeTime } from '../../src/ui/inspectors/tokens/time';
import { NOW } from './tokenFixtures';

const now = NOW;
const s = (ms: number) => Math.floor(ms / 1000);

describe('claim explanations', () => {
  it('covers every claim Cognito puts in ID and access tokens', () => {
    for (const name of [
      'sub',
      'iss',
      'aud',
      'client_id',
      'token_use',
      'scope',
      'auth_time',
      'iat',
      'exp',
      'jti',
      'origin_jti',
      'event_id',
      'cognito:username',
      'username',
      'email',
      'email_verified',
      'cognito:groups',
      'cognito:roles',
      'cognito:preferred_role',
      'version',
    ]) {
      expect(CLAIMS[name], name).toBeDefined();
      expect(explainClaim(name, 'x', { now }).length, name).toBeGreaterThan(20);
    }
  });

  it('explains each claim in one line', () => {
    for (const name of Object.keys(CLAIMS)) expect(explainClaim(name, 1, { now })).not.toMatch(/\n/);
  });

  it('reads exp against the simulated clock', () => {
    expect(explainClaim('exp', s(now) + 59 * 60, { now })).toMatch(/2026-01-15 09:59:00 UTC: expires in 59 min\.$/);
    expect(explainClaim('exp', s(now) - 3 * 60, { now })).toMatch(/expired 3 min ago\.$/);
  });

  it('gives iat and auth_time as readable dates', () => {
    expect(explainClaim('iat', s(now) - 3600, { now })).toMatch(/2026-01-15 08:00:00 UTC \(1 h ago\)/);
  });

  it('tells ID and access token_use apart', () => {
    expect(explainClaim('token_use', 'id', { now, use: 'id' })).toMatch(/who signed in/);
    expect(explainClaim('token_use', 'access', { now, use: 'access' })).toMatch(/authorizes calls/);
  });

  it('explains custom attributes and unknown claims', () => {
    expect(explainClaim('custom:plan', 'gold', { now })).toMatch(/custom attribute .*\(plan\).*strings/);
    expect(explainClaim('favourite_colour', 'red', { now })).toMatch(/does not document/);
  });
});

describe('relative times', () => {
  it('formats durations in the largest sensible unit', () => {
    expect(formatDuration(45_000)).toBe('45 s');
    expect(formatDuration(59 * 60_000)).toBe('59 min');
    expect(formatDuration(125 * 60_000)).toBe('2 h 5 min');
    expect(formatDuration(30 * 86_400_000)).toBe('30 days');
  });
  it('says in/ago', () => {
    expect(relativeTime(now + 60_000, now)).toBe('in 1 min');
    expect(relativeTime(now - 86_400_000, now)).toBe('1 day ago');
    expect(describeExpiry(s(now), now)).toBe('expired just now');
  });
});
