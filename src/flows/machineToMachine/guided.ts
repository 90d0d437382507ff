/** The machine-to-machine flow's guided actions: the console's two forms, the job's token requests, and its calls to your API. */
import { INVENTORY_RESOURCE_SERVER } from '../../engine';
import { typing } from '../guided';
import type { GuidedAction, GuidedEnv } from '../types';
import type { MachineToMachineContext } from './setup';

/** The resource server the developer created (or the one the form suggests), as scopes name it. */
const identifierOf = (env: GuidedEnv) => (env.snapshot.context as Partial<MachineToMachineContext>).resourceServer?.Identifier ?? INVENTORY_RESOURCE_SERVER;

const server = (scopes: string) => ({
  events: [...typing({ identifier: INVENTORY_RESOURCE_SERVER, serverName: 'Shop API', scopes }), { type: 'resourceServer.create' }],
});
const client = (env: GuidedEnv, generateSecret: string, scope: string) => ({
  events: [...typing({ clientName: 'nightly-stock-job', generateSecret, clientScopes: `${identifierOf(env)}/${scope}` }), { type: 'client.create' }],
});
const token = (env: GuidedEnv, secret: 'right' | 'wrong' | 'none', scope = 'orders.read') => ({
  events: [...typing({ requestScope: `${identifierOf(env)}/${scope}` }), { type: 'token.request', secret }],
});

export const machineToMachineGuided: Record<string, GuidedAction> = {
  'resourceServer.createInvalid': {
    label: 'Create the resource server with a scope named orders/read (a slash is not allowed in a scope name)',
    plan: () => server('orders/read'),
  },
  'resourceServer.create': {
    label: 'Create the resource server https://api.example.com ("Shop API") with the scopes orders.read and orders.write',
    plan: () => server('orders.read orders.write'),
  },
  'machineClient.createWithoutSecret': {
    label: 'Create the job’s app client without a client secret',
    plan: (env) => client(env, 'no', 'orders.read'),
  },
  'machineClient.createUnknownScope': {
    label: 'Create the job’s app client with a scope no resource server defines (orders.delete)',
    plan: (env) => client(env, 'yes', 'orders.delete'),
  },
  'machineClient.create': {
    label: 'Create the job’s app client: a client secret, client_credentials, the scope orders.read',
    plan: (env) => client(env, 'yes', 'orders.read'),
  },
  'machineToken.request': {
    label: 'The job asks /oauth2/token for a token (client_credentials, scope orders.read, HTTP Basic)',
    plan: (env) => token(env, 'right'),
  },
  'machineToken.requestWrongSecret': {
    label: 'The job asks for a token with a wrong client secret',
    plan: (env) => token(env, 'wrong'),
  },
  'machineToken.requestWithoutSecret': {
    label: 'The job asks for a token naming its client_id but sending no secret',
    plan: (env) => token(env, 'none'),
  },
  'machineToken.requestWrongScope': {
    label: 'The job asks for the scope orders.write, which its client may not ask for',
    plan: (env) => token(env, 'right', 'orders.write'),
  },
  'api.callWithMachineToken': {
    label: 'The job calls GET /inventory on your API with its access token',
    plan: () => ({ events: [{ type: 'api.call', caller: 'machine' }] }),
  },
  'api.callWithUserToken': {
    label: 'Call GET /inventory with a user’s access token instead (the article’s user, signed in through the shop’s app)',
    plan: () => ({ events: [{ type: 'api.call', caller: 'user' }] }),
  },
};
