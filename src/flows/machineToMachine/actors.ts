/**
 * The machine-to-machine flow's actors: the developer's console calls (CreateResourceServer, CreateUserPoolClient), the
 * back-end job's token request (`POST /oauth2/token`, grant_type=client_credentials, HTTP Basic), and its call to your API.
 */
import { fromPromise } from 'xstate';
import { YOUR_API_INVENTORY, type Cloud } from '../../engine';
import { toFlowError } from '../cloudActors';
import { ARTICLE_USER, type FlowError, type ScenarioSetup } from '../types';
import { isYes, scopeDescription, scopeList } from './forms';
import type { ApiAnswer, ApiCaller, MachineClient, MachineToMachineActors, MachineTokenAnswer, ResourceServer, TokenRequest } from './setup';

/** Where the pool's OAuth endpoints answer: `https://{domain}.auth.{region}.amazoncognito.com`. */
export function tokenEndpoint(setup: ScenarioSetup, region: string): string {
  return `https://${setup.domain ?? ''}.auth.${setup.region ?? region}.amazoncognito.com/oauth2/token`;
}

/** RFC 6749 §2.3.1: `Basic base64(client_id:client_secret)`, each part form-encoded first. */
export function basicAuthorization(clientId: string, secret: string): string {
  const encode = (text: string) => encodeURIComponent(text).replace(/%20/g, '+');
  return `Basic ${btoa(`${encode(clientId)}:${encode(secret)}`)}`;
}

/** A secret that is certainly wrong: the right one with its last character changed. */
export function wrongSecret(secret: string): string {
  const last = secret.at(-1) === 'x' ? 'y' : 'x';
  return `${secret.slice(0, -1)}${last}`;
}

async function createResourceServer(cloud: Cloud, setup: ScenarioSetup, form: Record<string, string>): Promise<ResourceServer> {
  const { ResourceServer } = await cloud.cognitoIdp.createResourceServer({
    UserPoolId: setup.userPoolId ?? '',
    Identifier: form['identifier'] ?? '',
    Name: form['serverName'] ?? '',
    Scopes: scopeList(form['scopes'] ?? '').map((ScopeName) => ({ ScopeName, ScopeDescription: scopeDescription(ScopeName) })),
  });
  return ResourceServer as ResourceServer;
}

/** The console's "Machine-to-machine application": a confidential client with only the client_credentials grant. */
async function createMachineClient(cloud: Cloud, setup: ScenarioSetup, form: Record<string, string>): Promise<MachineClient> {
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
    UserPoolId: setup.userPoolId ?? '',
    ClientName: form['clientName'] ?? '',
    GenerateSecret: isYes(form['generateSecret']),
    AllowedOAuthFlows: ['client_credentials'],
    AllowedOAuthScopes: scopeList(form['clientScopes'] ?? ''),
    AllowedOAuthFlowsUserPoolClient: true,
  });
  const c = UserPoolClient as MachineClient;
  return {
    ClientId: c.ClientId,
    ClientName: c.ClientName,
    ...(c.ClientSecret ? { ClientSecret: c.ClientSecret } : {}),
    AllowedOAuthFlows: c.AllowedOAuthFlows ?? [],
    AllowedOAuthScopes: c.AllowedOAuthScopes ?? [],
  };
}

/** The job's token request: a form POST, the client authenticated with HTTP Basic (or naming itself only, without a secret). */
async function requestToken(cloud: Cloud, setup: ScenarioSetup, client: MachineClient, request: TokenRequest): Promise<MachineTokenAnswer> {
  const body = new URLSearchParams({ grant_type: 'client_credentials' });
  if (request.scope) body.set('scope', request.scope);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  const secret = client.ClientSecret ?? '';
  if (request.secret === 'none') body.set('client_id', client.ClientId);
  else headers['authorization'] = basicAuthorization(client.ClientId, request.secret === 'wrong' ? wrongSecret(secret) : secret);
  const response = await cloud.fetch(tokenEndpoint(setup, cloud.region), { method: 'POST', headers, body: body.toString() });
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  // The token endpoint answers errors as {"error": "…"} without a description.
  if (!response.ok)
    throw { code: String(answer['error'] ?? `HTTP ${response.status}`), message: String(answer['error_description'] ?? '') } satisfies FlowError;
  return answer as unknown as MachineTokenAnswer;
}

/** A user's access token, as the shop's app gets it when the article's user signs in (InitiateAuth, USER_PASSWORD_AUTH). */
async function userAccessToken(cloud: Cloud, setup: ScenarioSetup): Promise<string> {
  const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: setup.clientId ?? '',
    AuthParameters: { USERNAME: setup.username ?? ARTICLE_USER.username, PASSWORD: setup.password ?? ARTICLE_USER.password },
  });
  return AuthenticationResult?.AccessToken ?? '';
}

/** `GET /inventory` with a bearer token; any answer (200, 401, 403) comes back for the screen to show. */
async function callApi(cloud: Cloud, setup: ScenarioSetup, caller: ApiCaller, token: string | undefined): Promise<ApiAnswer> {
  const bearer = caller === 'user' ? await userAccessToken(cloud, setup) : token;
  const response = await cloud.fetch(YOUR_API_INVENTORY, bearer ? { headers: { authorization: `Bearer ${bearer}` } } : {});
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const challenge = response.headers.get('www-authenticate');
  return { caller, url: YOUR_API_INVENTORY, status: response.status, ...(challenge ? { challenge } : {}), body };
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toFlowError(error);
  }
}

export function createMachineToMachineActors(cloud: Cloud): MachineToMachineActors {
  return {
    createResourceServer: fromPromise(({ input }) => call(() => createResourceServer(cloud, input.setup, input.form))),
    createMachineClient: fromPromise(({ input }) => call(() => createMachineClient(cloud, input.setup, input.form))),
    requestToken: fromPromise(({ input }) => call(() => requestToken(cloud, input.setup, input.client, input.request))),
    callApi: fromPromise(({ input }) => call(() => callApi(cloud, input.setup, input.caller, input.token))),
  };
}
