// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TokenCard } from '../../src/ui/inspectors/tokens/TokenCard';
import { ClaimTable } from '../../src/ui/inspectors/tokens/ClaimTable';
import { CLIENT_ID, ISSUER, JWKS, NOW, cognitoToken } from './tokenFixtures';

afterEach(cleanup);

const card = (token: string, kind: 'id' | 'access', now = NOW) =>
  render(
    <TokenCard title={kind === 'id' ? 'ID token' : 'Access token'} kind={kind} original={token} jwks={JWKS} issuer={ISSUER} clientId={CLIENT_ID} now={now} />,
  );

const verdictText = async () => {
  await waitFor(() => expect(document.querySelector('[data-verdict]')).not.toBeNull());
  return document.querySelector('.verdict')!.textContent ?? '';
};

describe('TokenCard', () => {
  it('shows a fresh ID token as valid, check by check', async () => {
    card(await cognitoToken('id'), 'id');
    await waitFor(() => expect(document.querySelector('[data-verdict="valid"]')).not.toBeNull());
    const text = await verdictText();
    expect(text).toMatch(/✓ Valid\./);
    for (const label of ['Signature', 'iss', 'aud', 'token_use', 'exp']) expect(text).toContain(label);
    expect(text).toContain('Expires in 1 h.');
  });

  it('rejects the token once a claim is tampered with, and says why', async () => {
    card(await cognitoToken('id'), 'id');
    await waitFor(() => expect(document.querySelector('[data-verdict="valid"]')).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: /add the “admin” group/ }));
    await waitFor(() => expect(document.querySelector('[data-verdict="rejected"]')).not.toBeNull());
    expect(await verdictText()).toMatch(/401 Unauthorized.*the token was changed after Cognito signed it/);
    expect(screen.getByText('edited')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore the token Cognito issued' }));
    await waitFor(() => expect(document.querySelector('[data-verdict="valid"]')).not.toBeNull());
  });

  it('rejects an expired access token relative to the simulated clock', async () => {
    card(await cognitoToken('access'), 'access', NOW + 63 * 60_000);
    await waitFor(() => expect(document.querySelector('[data-verdict="rejected"]')).not.toBeNull());
    expect(await verdictText()).toContain('Expired 3 min ago.');
  });

  it('rejects an access token where the API expects an ID token (wrong token_use)', async () => {
    card(await cognitoToken('access'), 'access');
    await waitFor(() => expect(document.querySelector('[data-verdict="valid"]')).not.toBeNull());
    fireEvent.change(screen.getByLabelText('Verify as an API that expects'), { target: { value: 'id' } });
    await waitFor(() => expect(document.querySelector('[data-verdict="rejected"]')).not.toBeNull());
    expect(await verdictText()).toContain('token_use is "access" but this verifier expects "id"');
  });

  it('lets the learner edit a claim value and re-verifies', async () => {
    card(await cognitoToken('id'), 'id');
    await waitFor(() => expect(document.querySelector('[data-verdict="valid"]')).not.toBeNull());
    fireEvent.change(screen.getByLabelText('Value of email'), { target: { value: 'mallory@example.com' } });
    await waitFor(() => expect(document.querySelector('[data-verdict="rejected"]')).not.toBeNull());
  });
});

describe('ClaimTable', () => {
  it('explains every claim in one line, with times read against the simulated clock', () => {
    const iat = Math.floor(NOW / 1000);
    render(
      <ClaimTable
        caption="Payload"
        claims={{ sub: 'x', exp: iat + 59 * 60, 'custom:plan': 'gold', 'cognito:groups': ['admin'] }}
        now={NOW}
        use="id"
        version={0}
      />,
    );
    const table = screen.getByRole('table', { name: 'Payload' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[1]!.textContent).toMatch(/exp.*2026-01-15 09:59:00 UTC: expires in 59 min\./);
    expect(rows[2]!.textContent).toMatch(/custom attribute/);
    expect(rows[3]!.textContent).toMatch(/authorization/);
  });
});
