/** The machine-to-machine flow in the sequence diagram: the app's back end asks the hosted UI's token endpoint, then your API. */
import { describe, expect, it } from 'vitest';
import { INVENTORY_SCOPE } from '../../../src/engine';
import { createMachineToMachineActors } from '../../../src/flows/machineToMachine/actors';
import { machineToMachineMachine } from '../../../src/flows/machineToMachine/machine';
import { sequenceDiagram } from '../../../src/flows/diagrams/sequence';
import { whoDecides, whoDecidesText } from '../../../src/flows/diagrams/whoDecides';
import { wire } from '../support';

const ev = (type: string, extra: Record<string, unknown> = {}) => ({ type, ...extra });

describe('the machine-to-machine flow in the sequence diagram', () => {
  it('draws the token request with its grant and the call to your API, and says who decides each', async () => {
    const w = await wire(machineToMachineMachine, 'machineToMachine', createMachineToMachineActors);
    await w.send(ev('resourceServer.create'), ev('client.create'));
    const from = w.cloud.log.entries.length;
    await w.send(ev('token.request', { secret: 'right' }), ev('api.call', { caller: 'machine' }));
    const entries = w.cloud.log.entries;
    const { transcript } = sequenceDiagram(entries, w.cloud.outbox.entries, { from });
    const lines = transcript.map((t) => t.text);
    expect(lines[0]).toBe('App → Hosted UI: POST /oauth2/token grant_type=client_credentials (authentication)');
    expect(lines[1]).toMatch(/^Hosted UI → App: 200 access_token, expires_in, token_type/);
    expect(lines).toContain('App → Your API: GET /inventory with the access token (authorization)');

    const token = entries.find((e, i) => i >= from && e.action === 'POST /oauth2/token')!;
    expect(whoDecidesText(whoDecides(token))).toBe(
      'the app’s back end (a machine: no user), with its client id and client secret (HTTP Basic) and the custom scopes it wants; the user pool decides: the secret must match; the scopes must be the client’s and a resource server’s',
    );
    const api = entries.find((e, i) => i >= from && e.action === 'GET /inventory')!;
    expect(whoDecides(api).decides).toBe(`your API decides: it verifies the token with the JWKS, then wants the custom scope ${INVENTORY_SCOPE} in it`);
  });
});
