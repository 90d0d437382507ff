// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { createHostedUiActors } from '../../../src/flows/hostedUi/actors';
import { hostedUiMachine } from '../../../src/flows/hostedUi/machine';
import { screenOf } from '../../../src/flows/machineKit';
import { ARTICLE_USER } from '../../../src/flows/types';
import type { ScreenProps } from '../../../src/ui/app/screenKit';
import { screenFor } from '../../../src/ui/app/screens';
import { wire } from '../support';

afterEach(cleanup);

const signIn = { type: 'browser.submit', button: 'Sign in', values: { username: ARTICLE_USER.username, password: ARTICLE_USER.password } } as EventObject;

async function show(snapshot: AnyMachineSnapshot, send = vi.fn()) {
  const props: ScreenProps = {
    context: snapshot.context,
    state: typeof snapshot.value === 'string' ? snapshot.value : JSON.stringify(snapshot.value),
    interactive: true,
    busy: false,
    send,
    can: (event: EventObject) => snapshot.can(event as never),
    typedKey: '0',
    onWayOut: () => undefined,
  };
  const Screen = screenFor('hostedUi', screenOf(snapshot)!);
  render(<Screen {...props} />);
  await vi.waitFor(() => {
    if (screen.queryByText('Loading the app…') || screen.queryByText('Loading the browser…')) throw new Error('still loading');
  });
  return send;
}

async function confidential() {
  const w = await wire(hostedUiMachine, 'hostedUiSetup', createHostedUiActors);
  await w.type({ domain: 'article-shop', flows: 'code', scopes: 'openid email', clientType: 'confidential' });
  const s = await w.send({ type: 'integration.save' });
  return { w, s };
}

describe('the hosted UI screens: a confidential client, signing out to sign in again', () => {
  it('offer the choice of app client type, sending form.change', async () => {
    const w = await wire(hostedUiMachine, 'hostedUiSetup', createHostedUiActors);
    const send = await show(w.snapshot());
    const group = screen.getByRole('group', { name: 'App client type' });
    expect((screen.getByLabelText(/^Public client/) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText(/^Confidential client/));
    expect(send).toHaveBeenCalledWith({ type: 'form.change', field: 'clientType', value: 'confidential' });
    expect(group).toBeTruthy();
    expect(screen.queryByText('Client secret')).toBeNull();
  });

  it('show the client secret masked until “Show client secret”, and the server’s settings', async () => {
    const { s } = await confidential();
    const secret = s.context.server.clientSecret as string;
    await show(s);
    expect(screen.queryByText(secret)).toBeNull();
    expect(screen.getByText('•'.repeat(16))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show client secret' }));
    expect(screen.getByText(secret)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hide client secret' }));
    expect(screen.queryByText(secret)).toBeNull();
    expect((screen.getByLabelText('Client secret the server sends') as HTMLInputElement).type).toBe('password');
    expect((screen.getByLabelText(/^Send PKCE too/) as HTMLInputElement).checked).toBe(true);
  });

  it('signed in: say the server used its secret, and offer “Sign out and sign in as someone else”', async () => {
    const { w } = await confidential();
    await w.send({ type: 'hostedUi.launch' });
    const s = await w.send(signIn);
    const send = await show(s);
    expect(screen.getByRole('heading', { name: `Signed in as ${ARTICLE_USER.username}` })).toBeTruthy();
    expect(screen.getByText(/authenticating with the client secret \(HTTP Basic\) and sending its PKCE verifier/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out and sign in as someone else' }));
    expect(send).toHaveBeenCalledWith({ type: 'hostedUi.switchUser' });
  });

  it('refused: show invalid_client with what to check', async () => {
    const { w } = await confidential();
    await w.send({ type: 'hostedUi.launch' });
    await w.send(signIn);
    await w.type({ serverSecret: 'wrong' });
    const s = await w.send({ type: 'hostedUi.launch' });
    expect(s.value).toBe('callbackRefused');
    await show(s);
    expect(screen.getByRole('alert').textContent).toContain('invalid_client');
    expect(screen.getByText(/check the client ID and the\s+secret the app’s server sends/)).toBeTruthy();
    expect((screen.getByLabelText('Client secret the server sends') as HTMLInputElement).readOnly).toBe(false);
  });
});
