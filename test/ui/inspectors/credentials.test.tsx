// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { HOUR, MINUTE, sts } from '../../../src/engine';
import { CredentialsPanel } from '../../../src/ui/inspectors/credentials/CredentialsPanel';
import { timeLeft } from '../../../src/ui/inspectors/credentials/time';
import { newCloud } from '../../support/cloud';
import { identityCloud } from './identityCloud';

afterEach(cleanup);

const valueOf = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling!.textContent;

describe('the Credentials panel', () => {
  it('shows the identity, the role and its session, the key, the secrets masked until revealed, and the time left', async () => {
    const cloud = await newCloud();
    const built = await identityCloud(cloud);
    const { rerender } = render(<CredentialsPanel credentials={cloud.inspect(sts).credentials} now={cloud.clock.now()} />);
    expect(valueOf('Identity id')).toBe(built.identityId);
    expect(built.identityId).toMatch(/^us-east-1:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(valueOf('Role ARN')).toBe(built.authRole);
    expect(valueOf('Assumed-role ARN')).toBe(`arn:aws:sts::${cloud.accountId}:assumed-role/Auth/CognitoIdentityCredentials`);
    expect(valueOf('AccessKeyId')).toBe(built.credentials.AccessKeyId);
    expect(valueOf('AccessKeyId')).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(document.body.textContent).not.toContain(built.credentials.SecretKey);
    expect(document.body.textContent).not.toContain(built.credentials.SessionToken);
    expect(valueOf('SecretKey')).toMatch(/^•+$/);

    const reveal = screen.getByRole('button', { name: 'Reveal' });
    expect(reveal.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(reveal);
    expect(valueOf('SecretKey')).toBe(built.credentials.SecretKey);
    expect(valueOf('SessionToken')).toBe(built.credentials.SessionToken);
    expect(screen.getByRole('button', { name: 'Hide' }).getAttribute('aria-pressed')).toBe('true');

    expect(valueOf('Expiration')).toContain('expires in 1 h');
    cloud.clock.advance(HOUR + 2 * MINUTE);
    rerender(<CredentialsPanel credentials={cloud.inspect(sts).credentials} now={cloud.clock.now()} />);
    expect(valueOf('Expiration')).toContain('expired 2 min ago');
  });

  it('says where credentials come from before any were issued', () => {
    render(<CredentialsPanel credentials={[]} now={0} />);
    expect(document.body.textContent).toContain('No AWS credentials yet');
  });

  it('words the time left', () => {
    expect(timeLeft(90_000, 0)).toEqual({ expired: false, words: 'expires in 1 min 30 s' });
    expect(timeLeft(0, 0)).toEqual({ expired: true, words: 'expired 0 s ago' });
    expect(timeLeft(0, 3_600_000 + 5_000)).toEqual({ expired: true, words: 'expired 1 h 5 s ago' });
  });
});
