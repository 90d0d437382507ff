/**
 * The machine-to-machine flow's vocabulary: the developer's console forms (a resource server, a confidential app client),
 * what the pool answered, the back-end job's token request to `/oauth2/token` (client_credentials), and its call to your API.
 */
import { assign, fromPromise, setup, type PromiseActorLogic } from 'xstate';
import { changedForm, errorOf, type StateMeta } from '../machineKit';
import type { FlowError, FormChangeEvent, ScenarioSetup } from '../types';
import { scopeList } from './forms';

/** A resource server as CreateResourceServer answers it. */
export interface ResourceServer {
  UserPoolId: string;
  Identifier: string;
  Name: string;
  Scopes: { ScopeName: string; ScopeDescription: string }[];
}

/** The machine's app client as CreateUserPoolClient answers it (the secret is shown once, as the console shows it). */
export interface MachineClient {
  ClientId: string;
  ClientName: string;
  ClientSecret?: string;
  AllowedOAuthFlows: string[];
  AllowedOAuthScopes: string[];
}

/** How the job authenticates its token request: the right secret, a wrong one, or none at all (only its client_id). */
export type SecretChoice = 'right' | 'wrong' | 'none';

/** What the job sent to `/oauth2/token`, as the screen shows it. */
export interface TokenRequest {
  secret: SecretChoice;
  /** The `scope` parameter, if the job sent one. */
  scope?: string;
}

/** The token endpoint's answer to a client_credentials grant: an access token only. */
export interface MachineTokenAnswer {
  access_token: string;
  expires_in: number;
  token_type: string;
}

/** The tokens the job holds, named as the other flows name them (the Tokens tab reads `AccessToken`). */
export interface MachineTokens {
  AccessToken: string;
  ExpiresIn: number;
}

/** Whose token the job sends to your API: its own, or a user's (signed in through the shop's app client). */
export type ApiCaller = 'machine' | 'user';

/** Your API's answer, as the job received it. */
export interface ApiAnswer {
  caller: ApiCaller;
  url: string;
  status: number;
  challenge?: string;
  body: Record<string, unknown>;
}

export interface MachineToMachineContext {
  setup: ScenarioSetup;
  form: Record<string, string>;
  resourceServer?: ResourceServer;
  client?: MachineClient;
  /** The app client the held tokens were issued to (the Tokens tab checks `client_id` against it). */
  tokensClientId?: string;
  tokenRequest?: TokenRequest;
  tokens?: MachineTokens;
  api?: ApiAnswer;
  error?: FlowError;
}

export type MachineToMachineEvent =
  | FormChangeEvent
  | { type: 'resourceServer.create' }
  | { type: 'client.create' }
  | { type: 'token.request'; secret?: SecretChoice }
  | { type: 'api.call'; caller?: ApiCaller };

const outputOf = <T>(event: unknown): T => (event as { output: T }).output;

interface MachineToMachineCalls {
  createResourceServer: [{ setup: ScenarioSetup; form: Record<string, string> }, ResourceServer];
  createMachineClient: [{ setup: ScenarioSetup; form: Record<string, string> }, MachineClient];
  requestToken: [{ setup: ScenarioSetup; client: MachineClient; request: TokenRequest }, MachineTokenAnswer];
  callApi: [{ setup: ScenarioSetup; caller: ApiCaller; token?: string }, ApiAnswer];
}
export type MachineToMachineActors = { [K in keyof MachineToMachineCalls]: PromiseActorLogic<MachineToMachineCalls[K][1], MachineToMachineCalls[K][0]> };

/** Stand-ins until the session provides the flow's actors (actors.ts). */
const placeholders = Object.fromEntries(
  (['createResourceServer', 'createMachineClient', 'requestToken', 'callApi'] as const).map((name) => [
    name,
    fromPromise(async () => {
      throw { code: 'NotProvided', message: `No actor "${name}" was provided to this machine.` } satisfies FlowError;
    }),
  ]),
) as unknown as MachineToMachineActors;

/** RFC 6750's error from your API's answer: `insufficient_scope`, `invalid_token`, or the bare status. */
function apiError(answer: ApiAnswer): FlowError {
  const error = answer.body['error'];
  const description = answer.body['error_description'] ?? answer.body['message'];
  return { code: typeof error === 'string' ? error : `HTTP ${answer.status}`, message: typeof description === 'string' ? description : '' };
}

export const machineToMachineSetup = setup({
  types: {
    context: {} as MachineToMachineContext,
    events: {} as MachineToMachineEvent,
    input: {} as { setup: ScenarioSetup },
    meta: {} as StateMeta,
  },
  actors: placeholders,
  guards: {
    apiAccepted: ({ event }) => outputOf<ApiAnswer>(event).status === 200,
  },
  actions: {
    changeForm: assign({ form: ({ context, event }) => changedForm(context.form, event as FormChangeEvent) }),
    clearError: assign({ error: undefined }),
    keepError: assign({ error: ({ event }) => errorOf(event as { error?: unknown }) }),
    keepResourceServer: assign(({ context, event }) => {
      const server = outputOf<ResourceServer>(event);
      // The client form offers the new server's first scope, as `<identifier>/<scope name>`.
      const first = server.Scopes[0];
      return { resourceServer: server, form: { ...context.form, clientScopes: first ? `${server.Identifier}/${first.ScopeName}` : '' } };
    }),
    keepClient: assign(({ context, event }) => {
      const client = outputOf<MachineClient>(event);
      return {
        client,
        tokens: undefined,
        api: undefined,
        tokenRequest: undefined,
        form: { ...context.form, requestScope: client.AllowedOAuthScopes.join(' ') },
      };
    }),
    planTokenRequest: assign(({ context, event }) => {
      const e = event as Extract<MachineToMachineEvent, { type: 'token.request' }>;
      const scope = scopeList(context.form['requestScope'] ?? '').join(' ');
      return { tokenRequest: { secret: e.secret ?? 'right', ...(scope ? { scope } : {}) } };
    }),
    keepTokens: assign(({ context, event }) => {
      const answer = outputOf<MachineTokenAnswer>(event);
      return { tokens: { AccessToken: answer.access_token, ExpiresIn: answer.expires_in }, tokensClientId: context.client?.ClientId, api: undefined };
    }),
    keepApi: assign({ api: ({ event }) => outputOf<ApiAnswer>(event) }),
    keepApiError: assign({ error: ({ event }) => apiError(outputOf<ApiAnswer>(event)) }),
  },
});
