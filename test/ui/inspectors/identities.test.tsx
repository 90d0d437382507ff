// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { cognitoIdentity } from '../../../src/engine';
import { IdentitiesPanel, identityState, loginWords } from '../../../src/ui/inspectors/users/IdentitiesPanel';
import { identityLog } from '../../flows/diagrams/identityLog';

afterEach(cleanup);

describe('the identity pools’ identities in the Users tab', () => {
  it('lists each identity with its linked logins: the signed-in user’s user pool, none for the guest', async () => {
    const log = await identityLog();
    const view = log.cloud.inspect(cognitoIdentity);
    render(<IdentitiesPanel identityPools={view} />);
    expect(screen.getByRole('heading', { name: `Identity pool credentials ${log.pool.identityPoolId}` })).toBeTruthy();
    expect(screen.getByText('Guests allowed. Basic (classic) flow allowed.')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Identities of credentials' });
    const cards = within(list)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(cards).toEqual([log.identityId, log.guest.identityId]);
    const user = list.querySelector(`[data-identity="${log.identityId}"]`)!;
    expect(user.querySelector('[data-status]')!.textContent).toBe('AUTHENTICATED');
    expect(user.textContent).toContain(`user pool ${log.pool.userPoolId}`);
    expect(user.textContent).toContain(log.pool.provider);
    const guest = list.querySelector(`[data-identity="${log.guest.identityId}"]`)!;
    expect(guest.querySelector('[data-status]')!.textContent).toBe('GUEST');
    expect(guest.textContent).toContain('a guest (unauthenticated): no login linked');
  });

  it('shows a guest merged into the identity that already owned the login as disabled, and the survivor taking it in', async () => {
    const log = await identityLog();
    // The guest signs in with a login the first identity owns: the two merge, the login's owner survives.
    const answer = await log.cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: log.guest.identityId, Logins: log.pool.logins });
    expect(answer.IdentityId).toBe(log.identityId);
    const pool = log.cloud.inspect(cognitoIdentity).pools[0]!;
    const guest = pool.identities.find((i) => i.identityId === log.guest.identityId)!;
    const survivor = pool.identities.find((i) => i.identityId === log.identityId)!;
    expect(identityState(guest, pool)).toEqual({
      state: 'merged',
      words: `merged into ${log.identityId}: disabled, its logins and Sync data now belong to that identity`,
    });
    expect(identityState(survivor, pool)).toEqual({ state: 'authenticated', words: 'signed in with one login; took in one merged identity' });
    render(<IdentitiesPanel identityPools={log.cloud.inspect(cognitoIdentity)} />);
    expect(document.querySelector(`[data-identity="${log.guest.identityId}"] [data-status]`)!.textContent).toBe('DISABLED');
  });

  it('names user pool logins in words and other providers as they are', () => {
    expect(loginWords('cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc')).toBe('user pool eu-west-1_Abc');
    expect(loginWords('accounts.google.com')).toBe('accounts.google.com');
  });

  it('draws nothing without identity pools', () => {
    const { container } = render(<IdentitiesPanel identityPools={{ pools: [] }} />);
    expect(container.textContent).toBe('');
  });
});
