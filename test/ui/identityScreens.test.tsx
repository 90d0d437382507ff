// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { classicMachine } from '../../src/flows/classicFlow/machine';
import { credentialsMachine } from '../../src/flows/credentials/machine';
import { screenOf } from '../../src/flows/machineKit';
import type { FlowId } from '../../src/flows/types';
import type { ScreenProps } from '../../src/ui/app/screenKit';
import { screenFor } from '../../src/ui/app/screens';
import { wire } from '../flows/support';

afterEach(cleanup);

/** Renders the flow's screen for the snapshot, once its chunk has loaded (the identity flows' screens load lazily). */
async function show(flowId: FlowId, snapshot: AnyMachineSnapshot, send = vi.fn()) {
  const props: ScreenProps = {
    context: snapshot.context,
    state: JSON.stringify(snapshot.value),
    interactive: true,
    busy: false,
    send,
    can: (event: EventObject) => snapshot.can(event as never),
    typedKey: '0',
    onWayOut: () => undefined,
  };
  const Screen = screenFor(flowId, screenOf(snapshot)!);
  render(<Screen {...props} />);
  await vi.waitFor(() => {
    if (screen.queryByText('Loading the app…')) throw new Error('the screen is still loading');
  });
  return send;
}

describe('the identity screens', () => {
  it('show a guest’s identity, the credentials held, a denied S3 read with AWS’s code and reason, and send the buttons’ events', async () => {
    const w = await wire(credentialsMachine, 'guestPool');
    await w.send({ type: 'guest.start' });
    const s = await w.send({ type: 'notes.get' });
    const send = await show('credentials', s);
    expect(screen.getByRole('heading', { name: 'Guest' })).toBeTruthy();
    expect(screen.getByText(s.context.identityId)).toBeTruthy();
    expect(screen.getByText(s.context.credentials.accessKeyId)).toBeTruthy();
    const answer = screen.getByRole('region', { name: "The last request's answer" });
    expect(answer.textContent).toContain('Denied: 403');
    expect(answer.textContent).toContain('AccessDenied');
    expect(answer.textContent).toContain('because no identity-based policy allows the s3:GetObject action');
    fireEvent.click(screen.getByRole('button', { name: 'Save a setting (Sync)' }));
    expect(send).toHaveBeenCalledWith({ type: 'sync.write' });
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('offer sign-in or a guest identity at the start', async () => {
    const w = await wire(credentialsMachine, 'threeSteps');
    const send = await show('credentials', w.snapshot());
    expect(screen.getByRole('form', { name: 'Welcome' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Continue as a guest' }));
    expect(send).toHaveBeenCalledWith({ type: 'guest.start' });
  });

  it('show the basic flow’s refusal by STS in words, with AWS’s code', async () => {
    const w = await wire(classicMachine, 'classicPool');
    await w.send({ type: 'classic.getId' }, { type: 'classic.getOpenIdToken' }, { type: 'trust.wrongAmr' });
    const s = await w.send({ type: 'classic.assumeRole' });
    await show('classicFlow', s);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('trust policy');
    expect(alert.textContent).toContain('AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity');
    expect(screen.getByText('amr must be authenticated: a guest’s token (amr unauthenticated) no longer matches.')).toBeTruthy();
  });
});
