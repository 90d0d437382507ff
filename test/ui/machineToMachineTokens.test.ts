/** The Tokens tab's checks for a machine's client_credentials token: client_id is the job's client, not the scenario's. */
import { describe, expect, it } from 'vitest';
import type { JSONWebKeySet } from 'jose';
import { createMachineToMachineActors } from '../../src/flows/machineToMachine/actors';
import { machineToMachineMachine } from '../../src/flows/machineToMachine/machine';
import { verifyToken } from '../../src/ui/inspectors/tokens/verdict';
import { wire } from '../flows/support';

const ev = (type: string, extra: Record<string, unknown> = {}) => ({ type, ...extra });

describe('a machine token in the Tokens tab', () => {
  it('passes every check against the client it was issued to (tokensClientId), and fails client_id against the shop’s app', async () => {
    const w = await wire(machineToMachineMachine, 'machineToMachine', createMachineToMachineActors);
    await w.send(ev('resourceServer.create'), ev('client.create'));
    const s = await w.send(ev('token.request', { secret: 'right' }));
    const issuer = `https://cognito-idp.${w.cloud.region}.amazonaws.com/${w.setup.userPoolId}`;
    const jwks = (await (await w.cloud.fetch(`${issuer}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    const options = { token: s.context.tokens.AccessToken, expect: 'access' as const, jwks, issuer, now: w.cloud.clock.now() };
    const own = await verifyToken({ ...options, clientId: s.context.tokensClientId });
    expect(own.checks.filter((c) => !c.ok)).toEqual([]);
    const shop = await verifyToken({ ...options, clientId: w.setup.clientId! });
    expect(shop.checks.find((c) => c.id === 'client_id')?.ok).toBe(false);
  });
});
