/** What @xstate/graph may send the machine-to-machine flow (see graphModels.ts): the developer's and the job's moves, its actors' answers. */
import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { machineToMachineMachine } from '../../src/flows/machineToMachine/machine';
import type { GraphModel } from './graphModels';

const done = (id: string, output: unknown): EventObject => ({ type: `xstate.done.actor.${id}`, output }) as EventObject;
const fail = (id: string, code: string, message: string): EventObject => ({ type: `xstate.error.actor.${id}`, error: { code, message } }) as EventObject;

const SERVER = {
  UserPoolId: 'us-east-1_pool',
  Identifier: 'https://api.example.com',
  Name: 'Shop API',
  Scopes: [{ ScopeName: 'orders.read', ScopeDescription: 'Read orders' }],
};
const CLIENT = {
  ClientId: 'machine',
  ClientName: 'nightly-stock-job',
  ClientSecret: 'secret',
  AllowedOAuthFlows: ['client_credentials'],
  AllowedOAuthScopes: ['https://api.example.com/orders.read'],
};
const api = (status: number, body: Record<string, unknown>) => ({ caller: 'machine', url: 'https://api.example.com/inventory', status, body });

export const machineToMachineModel: GraphModel = {
  machine: machineToMachineMachine,
  inputs: [{ setup: { userPoolId: 'us-east-1_pool', clientId: 'client', region: 'us-east-1', domain: 'article-shop' } }],
  serialize: (snapshot: AnyMachineSnapshot) => {
    const context = snapshot.context as { error?: { code: string }; resourceServer?: unknown; client?: unknown; tokens?: unknown; api?: { status: number } };
    return JSON.stringify({
      value: snapshot.value,
      error: context.error?.code ?? null,
      server: Boolean(context.resourceServer),
      client: Boolean(context.client),
      tokens: Boolean(context.tokens),
      api: context.api?.status ?? null,
    });
  },
  events: [
    { type: 'form.change', field: 'scopes', value: 'x' },
    { type: 'resourceServer.create' },
    done('createResourceServer', SERVER),
    fail('createResourceServer', 'InvalidParameterException', 'A resource server with identifier x already exists in this user pool.'),
    { type: 'client.create' },
    done('createMachineClient', CLIENT),
    fail('createMachineClient', 'InvalidOAuthFlowException', 'client_credentials flow can not be selected if client does not have a client secret.'),
    { type: 'token.request', secret: 'right' },
    done('requestToken', { access_token: 'a', expires_in: 3600, token_type: 'Bearer' }),
    fail('requestToken', 'invalid_client', ''),
    { type: 'api.call', caller: 'machine' },
    done('callApi', api(200, { inventory: [] })),
    done('callApi', api(403, { error: 'insufficient_scope', error_description: 'x' })),
    fail('callApi', 'ClientError', 'Failed to fetch'),
  ] as EventObject[],
};
