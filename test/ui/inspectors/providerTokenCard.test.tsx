// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ProviderTokenCard } from '../../../src/ui/inspectors/tokens/ProviderTokenCard';
import { lastProviderToken } from '../../../src/ui/inspectors/tokens/providerToken';
import { JANE } from '../../engine/idp/googleSupport';
import { googleSignIn, writtenGoogleCode } from './googleSignIn';

afterEach(cleanup);

describe('the provider’s ID token card', () => {
  it('draws the token, its verdict and the hops, and a tamper button makes the verdict fail with the reason', async () => {
    const { cloud, pool, cognitoIdToken } = await googleSignIn(writtenGoogleCode);
    render(
      <ProviderTokenCard
        logged={lastProviderToken(cloud.log.entries)!}
        pool={pool}
        cognitoIdToken={cognitoIdToken}
        peek={(url) => cloud.peek(url)}
        now={cloud.clock.now()}
      />,
    );
    expect(screen.getByRole('heading', { level: 3 }).textContent).toContain('Google’s ID token');
    await waitFor(() => expect(document.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('valid'));
    const hops = screen.getByRole('list', { name: 'Google claims mapped to the pool and Cognito’s ID token' });
    const email = hops.querySelector('[data-attribute="email"]')!;
    expect(email.textContent).toContain(`Google claim email ${JANE.email}`);
    expect(email.textContent).toContain(`pool attribute email ${JANE.email}`);
    expect(email.textContent).toContain(`Cognito ID token email ${JANE.email}`);
    fireEvent.click(screen.getByRole('button', { name: 'Try: change the email' }));
    await waitFor(() => expect(document.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('rejected'));
    expect(within(document.querySelector('.verdict')! as HTMLElement).getByRole('status').textContent).toContain(
      'the token was changed after the provider signed it',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Restore the token Google issued' }));
    await waitFor(() => expect(document.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('valid'));
  });

  it('finds the keys through the issuer’s discovery document when no user pool names the provider', async () => {
    const { cloud } = await googleSignIn(writtenGoogleCode);
    render(<ProviderTokenCard logged={lastProviderToken(cloud.log.entries)!} pool={undefined} peek={(url) => cloud.peek(url)} now={cloud.clock.now()} />);
    await waitFor(() => expect(document.querySelector('[data-verdict]')?.getAttribute('data-verdict')).toBe('valid'));
    expect(screen.getByRole('status').textContent).toContain('signed by the provider, whose published keys anyone');
    expect(screen.queryByRole('list', { name: /claims mapped/ })).toBeNull();
  });
});
