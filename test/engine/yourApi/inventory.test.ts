/** Your API's `GET /inventory`: a machine's client_credentials token with the custom scope passes; any other token gets 403. */
import { describe, expect, it } from 'vitest';
import { INVENTORY_RESOURCE_SERVER, INVENTORY_SCOPE, YOUR_API_INVENTORY, YOUR_API_ORDERS, type Cloud } from '../../../src/engine';
import { newCloud, ARTICLE_USER } from '../../support/cloud';
import { signedInUser } from '../../support/users';

async function call(cloud: Cloud, token: string | undefined, url = YOUR_API_INVENTORY) {
  const response = await cloud.fetch(url, token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, challenge: response.headers.get('www-authenticate'), body: (await response.json()) as Record<string, unknown> };
}

/** A pool with a user signed in, a domain, the resource server your API trusts, and a machine client allowed `scopes`. */
async function withMachine(scopes: string[] = [INVENTORY_SCOPE]) {
  const cloud = await newCloud();
  const { userPoolId: UserPoolId, tokens } = await signedInUser(cloud, ARTICLE_USER.username);
  await cloud.cognitoIdp.createUserPoolDomain({ UserPoolId, Domain: 'shop-jobs' });
  await cloud.cognitoIdp.createResourceServer({
    UserPoolId,
    Identifier: INVENTORY_RESOURCE_SERVER,
    Name: 'Shop API',
    Scopes: [
      { ScopeName: 'orders.read', ScopeDescription: 'Read orders' },
      { ScopeName: 'orders.write', ScopeDescription: 'Write orders' },
    ],
  });
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
    UserPoolId,
    ClientName: 'nightly-job',
    GenerateSecret: true,
    AllowedOAuthFlows: ['client_credentials'],
    AllowedOAuthScopes: scopes,
    AllowedOAuthFlowsUserPoolClient: true,
  });
  const basic = btoa(`${UserPoolClient.ClientId}:${UserPoolClient.ClientSecret}`);
  const response = await cloud.fetch(`https://shop-jobs.auth.${cloud.region}.amazoncognito.com/oauth2/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  const { access_token } = (await response.json()) as { access_token: string };
  return { cloud, clientId: UserPoolClient.ClientId!, machineToken: access_token, userToken: tokens.AccessToken };
}

describe('your API: GET /inventory wants a custom scope', () => {
  it('answers a machine token carrying the scope: 200 with the client as caller and the checks made', async () => {
    const { cloud, clientId, machineToken } = await withMachine();
    expect(await call(cloud, machineToken)).toEqual({
      status: 200,
      challenge: null,
      body: {
        caller: { sub: clientId, client_id: clientId, scope: INVENTORY_SCOPE },
        inventory: [
          { sku: 'TICKET-CONCERT', inStock: 120 },
          { sku: 'TICKET-THEATRE', inStock: 8 },
        ],
        checked: ['signature (JWKS)', 'iss', 'exp', 'token_use', `scope ${INVENTORY_SCOPE}`],
      },
    });
  });

  it("refuses a user's access token with 403 insufficient_scope, naming the scope it needs (RFC 6750 §3.1)", async () => {
    const { cloud, userToken } = await withMachine();
    const description = `This resource needs the scope ${INVENTORY_SCOPE}; the token's scope is aws.cognito.signin.user.admin.`;
    expect(await call(cloud, userToken)).toEqual({
      status: 403,
      challenge: `Bearer realm="api.example.com", error="insufficient_scope", error_description="This resource needs the scope ${INVENTORY_SCOPE}; the token's scope is aws.cognito.signin.user.admin.", scope="${INVENTORY_SCOPE}"`,
      body: { error: 'insufficient_scope', error_description: description, scope: INVENTORY_SCOPE },
    });
  });

  it('refuses a machine token for another scope of the same resource server', async () => {
    const { cloud, machineToken } = await withMachine([`${INVENTORY_RESOURCE_SERVER}/orders.write`]);
    const answer = await call(cloud, machineToken);
    expect(answer.status).toBe(403);
    expect(answer.body['error_description']).toBe(
      `This resource needs the scope ${INVENTORY_SCOPE}; the token's scope is ${INVENTORY_RESOURCE_SERVER}/orders.write.`,
    );
  });

  it('answers no token with the bare challenge, and a bad one with 401 invalid_token, as /orders does', async () => {
    const { cloud, machineToken } = await withMachine();
    expect(await call(cloud, undefined)).toMatchObject({ status: 401, challenge: 'Bearer realm="api.example.com"' });
    const [h, p, s] = machineToken.split('.');
    const tampered = await call(cloud, `${h}.${p}x.${s}`);
    expect(tampered.status).toBe(401);
    expect(tampered.body['error']).toBe('invalid_token');
    expect((await cloud.fetch(YOUR_API_INVENTORY, { method: 'POST' })).status).toBe(405);
  });

  it('still serves /orders to the machine token: it checks no scope there', async () => {
    const { cloud, clientId, machineToken } = await withMachine();
    const answer = await call(cloud, machineToken, YOUR_API_ORDERS);
    expect(answer.status).toBe(200);
    expect(answer.body['caller']).toEqual({ sub: clientId, 'cognito:groups': [] });
  });
});
