/** The machine-to-machine flow against a real cloud: a resource server, a confidential client, client_credentials, your API. */
import { describe, expect, it } from 'vitest';
import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { INVENTORY_RESOURCE_SERVER, INVENTORY_SCOPE } from '../../../src/engine';
import { createMachineToMachineActors } from '../../../src/flows/machineToMachine/actors';
import { machineToMachineMachine } from '../../../src/flows/machineToMachine/machine';
import { wire, type Wired } from '../support';

const ev = (type: string, extra: Record<string, unknown> = {}) => ({ type, ...extra });
const READ = INVENTORY_SCOPE;
const WRITE = `${INVENTORY_RESOURCE_SERVER}/orders.write`;

async function started() {
  return wire(machineToMachineMachine, 'machineToMachine', createMachineToMachineActors);
}

async function withClient(): Promise<Wired> {
  const w = await started();
  await w.send(ev('resourceServer.create'));
  await w.type({ clientScopes: READ });
  await w.send(ev('client.create'));
  return w;
}

/** The top-level requests the flow sent, as the log names them. */
const calls = (w: Wired) => w.cloud.log.entries.filter((e) => !e.parent).map((e) => e.action);

describe('the machine-to-machine flow: setting up', () => {
  it('starts from a pool that already has its domain, and no resource server', async () => {
    const w = await started();
    expect(w.setup).toMatchObject({ domain: 'article-shop', region: w.cloud.region });
    const { UserPool } = await w.cloud.cognitoIdp.describeUserPool({ UserPoolId: w.setup.userPoolId! });
    expect((UserPool as { Domain?: string }).Domain).toBe('article-shop');
    expect((await w.cloud.cognitoIdp.listResourceServers({ UserPoolId: w.setup.userPoolId!, MaxResults: 10 })).ResourceServers).toEqual([]);
    expect(w.snapshot().value).toBe('resourceServerForm');
  });

  it('creates the resource server with its two custom scopes, and offers the first to the client form', async () => {
    const w = await started();
    const s = await w.send(ev('resourceServer.create'));
    expect(s.value).toBe('machineClientForm');
    expect(s.context.resourceServer).toEqual({
      UserPoolId: w.setup.userPoolId,
      Identifier: INVENTORY_RESOURCE_SERVER,
      Name: 'Shop API',
      Scopes: [
        { ScopeName: 'orders.read', ScopeDescription: 'Read orders' },
        { ScopeName: 'orders.write', ScopeDescription: 'Write orders' },
      ],
    });
    expect(s.context.form.clientScopes).toBe(READ);
  });

  it('shows AWS’s error for a scope name with a slash, and for an identifier the pool already has', async () => {
    const w = await started();
    let s = await w.type({ scopes: 'orders/read' });
    s = await w.send(ev('resourceServer.create'));
    expect(s.value).toBe('resourceServerForm');
    expect(s.context.error).toEqual({
      code: 'InvalidParameterException',
      message:
        "1 validation error detected: Value 'orders/read' at 'scopes.1.member.scopeName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+",
    });
    await w.cloud.cognitoIdp.createResourceServer({ UserPoolId: w.setup.userPoolId!, Identifier: 'orders-api', Name: 'Orders' });
    s = await w.type({ identifier: 'orders-api', scopes: 'orders.read' });
    s = await w.send(ev('resourceServer.create'));
    expect(s.context.error).toEqual({
      code: 'InvalidParameterException',
      message: 'A resource server with identifier orders-api already exists in this user pool.',
    });
  });

  it('refuses a client without a secret and a scope no resource server defines, then creates the confidential client', async () => {
    const w = await started();
    await w.send(ev('resourceServer.create'));
    let s = await w.type({ generateSecret: 'no' });
    s = await w.send(ev('client.create'));
    expect(s.value).toBe('machineClientForm');
    expect(s.context.error).toEqual({
      code: 'InvalidOAuthFlowException',
      message: 'client_credentials flow can not be selected if client does not have a client secret.',
    });
    s = await w.type({ generateSecret: 'yes', clientScopes: `${INVENTORY_RESOURCE_SERVER}/orders.delete` });
    s = await w.send(ev('client.create'));
    expect(s.context.error).toEqual({ code: 'ScopeDoesNotExistException', message: `Invalid scope requested: ${INVENTORY_RESOURCE_SERVER}/orders.delete` });
    s = await w.type({ clientScopes: READ });
    s = await w.send(ev('client.create'));
    expect(s.value).toBe('clientReady');
    expect(s.context.error).toBeUndefined();
    expect(s.context.client).toMatchObject({ ClientName: 'nightly-stock-job', AllowedOAuthFlows: ['client_credentials'], AllowedOAuthScopes: [READ] });
    expect(s.context.client.ClientSecret).toMatch(/^[a-z0-9]{51,52}$/);
    expect(s.context.form.requestScope).toBe(READ);
  });
});

describe('the machine-to-machine flow: the job’s token and your API', () => {
  it('gets an access token only, with the scope, the client as sub and no username, verified against the JWKS', async () => {
    const w = await withClient();
    const s = await w.send(ev('token.request', { secret: 'right' }));
    expect(s.value).toBe('tokenReceived');
    expect(s.context.tokenRequest).toEqual({ secret: 'right', scope: READ });
    expect(Object.keys(s.context.tokens)).toEqual(['AccessToken', 'ExpiresIn']);
    expect(s.context.tokensClientId).toBe(s.context.client.ClientId);
    const entry = w.cloud.log.entries.filter((e) => !e.parent).at(-1)!;
    expect(entry.action).toBe('POST /oauth2/token');
    const sent = entry.http.request;
    expect(sent.headers['authorization']).toBe(`Basic ${btoa(`${s.context.client.ClientId}:${s.context.client.ClientSecret}`)}`);
    expect(Object.fromEntries(new URLSearchParams(String(sent.body)))).toEqual({ grant_type: 'client_credentials', scope: READ });
    expect(JSON.parse(String(entry.http.response.body))).toEqual({ access_token: s.context.tokens.AccessToken, expires_in: 3600, token_type: 'Bearer' });

    const issuer = `https://cognito-idp.${w.cloud.region}.amazonaws.com/${w.setup.userPoolId}`;
    const jwks = (await (await w.cloud.fetch(`${issuer}/.well-known/jwks.json`)).json()) as JSONWebKeySet;
    const { payload } = await jwtVerify(s.context.tokens.AccessToken, createLocalJWKSet(jwks), { issuer, currentDate: new Date(w.cloud.clock.now()) });
    expect(payload).toMatchObject({ token_use: 'access', scope: READ, sub: s.context.client.ClientId, client_id: s.context.client.ClientId });
    expect(payload['username']).toBeUndefined();
  });

  it('is refused invalid_client for a wrong secret and for no secret, and invalid_scope for a scope the client may not ask', async () => {
    const w = await withClient();
    let s = await w.send(ev('token.request', { secret: 'wrong' }));
    expect(s.value).toBe('tokenRefused');
    expect(s.context.error).toEqual({ code: 'invalid_client', message: '' });
    s = await w.send(ev('token.request', { secret: 'none' }));
    expect(s.context.error).toEqual({ code: 'invalid_client', message: '' });
    const last = w.cloud.log.entries.filter((e) => !e.parent).at(-1)!;
    expect(last.http.request.headers['authorization']).toBeUndefined();
    expect(last.status).toBe(400);
    s = await w.type({ requestScope: WRITE });
    s = await w.send(ev('token.request', { secret: 'right' }));
    expect(s.context.error).toEqual({ code: 'invalid_scope', message: '' });
    expect(s.context.tokens).toBeUndefined();
  });

  it('calls GET /inventory with the machine token (200), and a user’s access token gets 403 insufficient_scope', async () => {
    const w = await withClient();
    await w.send(ev('token.request', { secret: 'right' }));
    let s = await w.send(ev('api.call', { caller: 'machine' }));
    expect(s.value).toBe('apiAnswered');
    expect(s.context.api).toMatchObject({ caller: 'machine', status: 200, body: { caller: { sub: s.context.client.ClientId, scope: READ } } });
    expect(calls(w).slice(-1)).toEqual(['GET /inventory']);

    s = await w.send(ev('api.call', { caller: 'user' }));
    expect(s.value).toBe('apiRefused');
    expect(calls(w).slice(-2)).toEqual(['InitiateAuth', 'GET /inventory']);
    expect(s.context.api.status).toBe(403);
    expect(s.context.api.challenge).toContain(`error="insufficient_scope"`);
    expect(s.context.api.challenge).toContain(`scope="${READ}"`);
    expect(s.context.error).toEqual({
      code: 'insufficient_scope',
      message: `This resource needs the scope ${READ}; the token's scope is aws.cognito.signin.user.admin.`,
    });
    // The machine still holds its own token, and your API still takes it.
    s = await w.send(ev('api.call', { caller: 'machine' }));
    expect(s.value).toBe('apiAnswered');
    expect(s.context.error).toBeUndefined();
  });

  it('calls your API with no token before it has one: 401 with the bare challenge', async () => {
    const w = await withClient();
    const s = await w.send(ev('api.call', { caller: 'machine' }));
    expect(s.value).toBe('apiRefused');
    expect(s.context.api).toMatchObject({ status: 401, challenge: 'Bearer realm="api.example.com"' });
    expect(s.context.error.code).toBe('HTTP 401');
  });
});
