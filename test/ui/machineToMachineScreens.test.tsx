// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { INVENTORY_SCOPE } from '../../src/engine';
import { createMachineToMachineActors } from '../../src/flows/machineToMachine/actors';
import { machineToMachineMachine } from '../../src/flows/machineToMachine/machine';
import { screenOf } from '../../src/flows/machineKit';
import type { ScreenProps } from '../../src/ui/app/screenKit';
import { screenFor } from '../../src/ui/app/screens';
import { wire } from '../flows/support';

afterEach(cleanup);

async function show(snapshot: AnyMachineSnapshot, send = vi.fn()) {
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
  const Screen = screenFor('machineToMachine', screenOf(snapshot)!);
  render(<Screen {...props} />);
  await vi.waitFor(() => {
    if (screen.queryByText('Loading the app…')) throw new Error('the screen is still loading');
  });
  return send;
}

const ev = (type: string, extra: Record<string, unknown> = {}) => ({ type, ...extra });

describe('the machine-to-machine screens', () => {
  it('show the resource server form with its fields, and AWS’s error beside the words', async () => {
    const w = await wire(machineToMachineMachine, 'machineToMachine', createMachineToMachineActors);
    await w.type({ scopes: 'orders/read' });
    const s = await w.send(ev('resourceServer.create'));
    const send = await show(s);
    expect((screen.getByLabelText('Resource server identifier') as HTMLInputElement).value).toBe('https://api.example.com');
    expect(screen.getByRole('alert').textContent).toContain('InvalidParameterException');
    fireEvent.click(screen.getByRole('button', { name: 'Create resource server' }));
    expect(send).toHaveBeenCalledWith({ type: 'resourceServer.create' });
  });

  it('show the job’s client id and secret, the token request it sent, and your API’s 403 with its challenge', async () => {
    const w = await wire(machineToMachineMachine, 'machineToMachine', createMachineToMachineActors);
    await w.send(ev('resourceServer.create'), ev('client.create'), ev('token.request', { secret: 'right' }));
    const s = await w.send(ev('api.call', { caller: 'user' }));
    const send = await show(s);
    expect(screen.getByText(s.context.client.ClientSecret)).toBeTruthy();
    expect(screen.getByLabelText('The token request').textContent).toContain(`grant_type=client_credentials&scope=${INVENTORY_SCOPE}`);
    expect(screen.getByLabelText("Your API's answer").textContent).toContain('error="insufficient_scope"');
    expect(screen.getByRole('alert').textContent).toContain('insufficient_scope');
    fireEvent.click(screen.getByRole('button', { name: '…with a wrong secret' }));
    expect(send).toHaveBeenCalledWith({ type: 'token.request', secret: 'wrong' });
    fireEvent.click(screen.getByRole('button', { name: "Call GET /inventory with the job's token" }));
    expect(send).toHaveBeenCalledWith({ type: 'api.call', caller: 'machine' });
  });
});
