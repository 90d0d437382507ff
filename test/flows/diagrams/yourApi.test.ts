/** Your API in the diagrams: a participant next to the app, its calls inside the cloud drawn inside its request, and who decides. */
import { describe, expect, it } from 'vitest';
import { YOUR_API_ORDERS } from '../../../src/engine';
import { sequenceDiagram } from '../../../src/flows/diagrams/sequence';
import { whoDecides, whoDecidesText } from '../../../src/flows/diagrams/whoDecides';
import { scenarios } from '../../../src/flows/scenarios';
import { newCloud } from '../../support/cloud';

async function signedIn() {
  const cloud = await newCloud();
  const setup = await scenarios.signInReady(cloud);
  const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: setup.clientId!,
    AuthParameters: { USERNAME: setup.username!, PASSWORD: setup.password! },
  });
  const from = cloud.log.entries.length;
  const call = (token: string, query = '') => cloud.fetch(`${YOUR_API_ORDERS}${query}`, { headers: { authorization: `Bearer ${token}` } });
  return { cloud, from, call, tokens: AuthenticationResult! };
}

describe('your API in the sequence diagram', () => {
  it('is a participant next to the app, and its JWKS fetch is drawn inside its request', async () => {
    const { cloud, from, call, tokens } = await signedIn();
    await call(tokens.AccessToken!);
    await call(tokens.IdToken!);
    const { mermaid, transcript } = sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from });
    expect(mermaid).toBe(
      [
        'sequenceDiagram',
        '  participant App',
        '  participant Your API',
        '  participant User pool',
        '  participant Email',
        '  App->>+Your API: GET /orders with the access token (authorization)',
        '  rect rgba(120, 150, 230, 0.14)',
        '  Note right of Your API: inside GET /orders',
        '  Your API->>User pool: GetJwks (no identity checked)',
        '  User pool-->>Your API: 200 keys',
        '  end',
        '  Your API-->>-App: 200 caller, orders, checked',
        '  App->>+Your API: GET /orders with the ID token (authorization)',
        '  rect rgba(120, 150, 230, 0.14)',
        '  Note right of Your API: inside GET /orders',
        '  Your API->>User pool: GetJwks (no identity checked)',
        '  User pool-->>Your API: 200 keys',
        '  end',
        '  Your API--x-App: 401 invalid_token',
      ].join('\n'),
    );
    expect(transcript[0]).toMatchObject({
      text: 'App → Your API: GET /orders with the access token (authorization)',
      strip: 'the user, with the access token in the Authorization header; your API decides: it verifies the token with the JWKS, without asking the pool',
    });
    // The call your API makes is its own: no strip about the app, and it is spoken as made inside the request.
    expect(transcript[1]!.strip).toBeUndefined();
    expect(transcript[1]!.text).toBe('Inside GET /orders, Your API → User pool: GetJwks (no identity checked)');
  });

  it('draws the revocation check as your API asking the pool with GetUser', async () => {
    const { cloud, from, call, tokens } = await signedIn();
    await cloud.cognitoIdp.globalSignOut({ AccessToken: tokens.AccessToken! });
    await call(tokens.AccessToken!, '?checkRevocation=true');
    const { mermaid } = sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from: from + 1 });
    expect(mermaid.split('\n').slice(5)).toEqual([
      '  App->>+Your API: GET /orders?checkRevocation=true with the access token (authorization)',
      '  rect rgba(120, 150, 230, 0.14)',
      '  Note right of Your API: inside GET /orders',
      '  Your API->>User pool: GetJwks (no identity checked)',
      '  User pool-->>Your API: 200 keys',
      '  Your API->>User pool: GetUser with the access token (authorization)',
      '  User pool--xYour API: 400 NotAuthorizedException',
      '  end',
      '  Your API--x-App: 401 invalid_token',
    ]);
    const api = cloud.log.latest!;
    expect(whoDecidesText(whoDecides(api))).toBe(
      'the user, with the access token in the Authorization header; your API decides: it verifies the token with the JWKS, and the user pool decides whether it was revoked (GetUser)',
    );
    expect(whoDecides(api)).toMatchObject({ type: 'bearer', label: 'authorization' });
  });
});
