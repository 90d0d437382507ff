/**
 * Machine to machine, from the developer's console to a back-end job: the developer creates a resource server (your API's
 * identifier and its custom scopes) and a confidential app client allowed the client_credentials grant and one of those
 * scopes; then the job, with no user and no browser, asks the pool's token endpoint for an access token with its client id
 * and secret (HTTP Basic), and calls your API with it. Your API checks the token and the custom scope it needs.
 */
import { screen } from '../machineKit';
import { DEFAULT_FORM } from './forms';
import { machineToMachineSetup } from './setup';

const SERVER = screen('resourceServerForm');
const CLIENT = screen('machineClientForm');
const JOB = screen('machineJob');

/** What the job can do once its client exists: ask for a token (again), or call your API. */
const jobEvents = {
  'form.change': { actions: 'changeForm' },
  'token.request': { target: '#machineToMachine.requestingToken', actions: 'planTokenRequest' },
  'api.call': { target: '#machineToMachine.callingApi' },
} as const;

export const machineToMachineMachine = machineToMachineSetup.createMachine({
  id: 'machineToMachine',
  description: 'A back-end job gets an access token with client_credentials (no user) and calls your API with a custom scope.',
  context: ({ input }) => ({ setup: input.setup, form: { ...DEFAULT_FORM } }),
  initial: 'resourceServerForm',
  states: {
    resourceServerForm: {
      description: 'The developer fills in a resource server: its identifier (your API), a name, and its custom scopes.',
      meta: SERVER,
      on: {
        'form.change': { actions: 'changeForm' },
        'resourceServer.create': { target: 'creatingResourceServer' },
      },
    },
    creatingResourceServer: {
      description: 'The console calls CreateResourceServer.',
      meta: SERVER,
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'createResourceServer',
        src: 'createResourceServer',
        input: ({ context }) => ({ setup: context.setup, form: context.form }),
        onDone: { target: 'machineClientForm', actions: 'keepResourceServer' },
        onError: { target: 'resourceServerForm', actions: 'keepError' },
      },
    },
    machineClientForm: {
      description: 'The resource server exists; the developer fills in a confidential app client for the job: a secret, client_credentials, custom scopes.',
      meta: CLIENT,
      on: {
        'form.change': { actions: 'changeForm' },
        'client.create': { target: 'creatingClient' },
      },
    },
    creatingClient: {
      description: 'The console calls CreateUserPoolClient with GenerateSecret, AllowedOAuthFlows client_credentials and the scopes.',
      meta: CLIENT,
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'createMachineClient',
        src: 'createMachineClient',
        input: ({ context }) => ({ setup: context.setup, form: context.form }),
        onDone: { target: 'clientReady', actions: 'keepClient' },
        onError: { target: 'machineClientForm', actions: 'keepError' },
      },
    },
    clientReady: {
      description: 'The client exists with its secret; the job holds the client id and secret on its server, and no token yet.',
      meta: JOB,
      on: jobEvents,
    },
    requestingToken: {
      description: 'The job posts grant_type=client_credentials (and a scope) to /oauth2/token, its client id and secret in HTTP Basic.',
      meta: JOB,
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'requestToken',
        src: 'requestToken',
        input: ({ context }) => ({ setup: context.setup, client: context.client!, request: context.tokenRequest ?? { secret: 'right' } }),
        onDone: { target: 'tokenReceived', actions: 'keepTokens' },
        onError: { target: 'tokenRefused', actions: 'keepError' },
      },
    },
    tokenRefused: {
      description: 'The token endpoint refused the request (invalid_client, invalid_scope…): the job has no new token.',
      meta: JOB,
      on: jobEvents,
    },
    tokenReceived: {
      description: 'The job holds an access token for the granted custom scopes: no ID token, no refresh token.',
      meta: JOB,
      on: jobEvents,
    },
    callingApi: {
      description: 'The job calls GET /inventory on your API with a bearer token; your API verifies it and checks its scope.',
      meta: JOB,
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'callApi',
        src: 'callApi',
        input: ({ context, event }) => ({
          setup: context.setup,
          caller: (event as { caller?: 'machine' | 'user' }).caller ?? 'machine',
          ...(context.tokens ? { token: context.tokens.AccessToken } : {}),
        }),
        onDone: [
          { guard: 'apiAccepted', target: 'apiAnswered', actions: 'keepApi' },
          { target: 'apiRefused', actions: ['keepApi', 'keepApiError'] },
        ],
        onError: { target: 'apiRefused', actions: 'keepError' },
      },
    },
    apiAnswered: {
      description: 'Your API accepted the token and its scope, and answered 200.',
      meta: JOB,
      on: jobEvents,
    },
    apiRefused: {
      description: 'Your API refused the call: 401 for a bad or missing token, 403 insufficient_scope for a token without the scope.',
      meta: JOB,
      on: jobEvents,
    },
  },
});
