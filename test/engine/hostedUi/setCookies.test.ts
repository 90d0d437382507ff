import { describe, expect, it } from 'vitest';
import { setCookiesOf } from '../../../src/engine';
import { newCloud } from '../../support/cloud';

// Browsers hide Set-Cookie from script, so the simulator's own browser reads it beside the Response.
describe('setCookiesOf', () => {
  it('gives the Set-Cookie of a hosted UI answer, kept beside the Response cloud.fetch made', async () => {
    const cloud = await newCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'shop' });
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
      UserPoolId: UserPool!.Id!,
      ClientName: 'web',
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid'],
      CallbackURLs: ['http://localhost'],
    });
    await cloud.cognitoIdp.createUserPoolDomain({ Domain: 'shop-login', UserPoolId: UserPool!.Id! });
    const login = `https://shop-login.auth.${cloud.region}.amazoncognito.com/login?client_id=${UserPoolClient!.ClientId}&response_type=code&redirect_uri=http://localhost`;
    const response = await cloud.fetch(login, { redirect: 'manual' });
    expect(response.status).toBe(200);
    const cookies = setCookiesOf(response);
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatch(/^XSRF-TOKEN=[^;]+; /);
  });

  it('is empty for an answer that sets no cookie', async () => {
    const cloud = await newCloud();
    expect(setCookiesOf(await cloud.fetch('https://nobody.auth.us-east-1.amazoncognito.com/login'))).toEqual([]);
  });
});
