import { decodeJwt, type JSONWebKeySet } from 'jose';
import { cognitoIdp, GOOGLE_CLIENT, GOOGLE_JWKS, googleIdp, type Cloud } from '../../../src/engine';
import { siteStateHolder } from '../../../src/engine/services';
import type { IdpState } from '../../../src/engine/idp/lib/model';
import { PASSWORD_FLOWS } from '../../support/cloud';
import { codeFor, exchange, JANE } from '../../engine/idp/googleSupport';
import { IDP_RESPONSE } from '../../engine/idp/support';
import { federatedSignIn, harnessCloud } from '../../engine/userPool/federation/harness';
import { federationPool, googleProvider } from '../../engine/userPool/federation/setup';

/**
 * Jane's code at the simulated Google, written into its state as its consent page would leave it: in happy-dom the
 * fetch Response drops Set-Cookie, so the sign-in pages' round trip (googleSupport's codeFor) runs in Node only.
 */
export function writtenGoogleCode(cloud: Cloud): Promise<{ code: string }> {
  const state = cloud.records(siteStateHolder(googleIdp)!) as IdpState;
  const now = cloud.clock.now();
  const code = `written-google-code-${Object.keys(state.codes).length}`;
  state.codes[code] = {
    clientId: GOOGLE_CLIENT.clientId,
    redirectUri: IDP_RESPONSE,
    sub: JANE.sub,
    scopes: ['openid', 'email', 'profile'],
    offline: false,
    authTime: now,
    expiresAt: now + 5 * 60_000,
    used: false,
    issued: [],
  };
  return Promise.resolve({ code });
}

/**
 * A Google sign-in as the hosted UI makes it, hop by hop: Jane's code is traded at Google's token endpoint (the request
 * whose answer the Tokens tab reads), and the ID token's claims sign her in to the pool (through the federation harness).
 */
export async function googleSignIn(getCode: (cloud: Cloud) => Promise<{ code: string }> = codeFor) {
  const cloud = await harnessCloud();
  const UserPoolId = await federationPool(cloud);
  await googleProvider(cloud, UserPoolId);
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
    UserPoolId,
    ClientName: 'web',
    SupportedIdentityProviders: ['COGNITO', 'Google'],
    ExplicitAuthFlows: PASSWORD_FLOWS,
  });
  const { code } = await getCode(cloud);
  const { body } = await exchange(cloud, code);
  const googleToken = body['id_token'] as string;
  const signedIn = await federatedSignIn(cloud, { UserPoolId, ProviderName: 'Google', ClientId: UserPoolClient.ClientId, claims: decodeJwt(googleToken) });
  const pool = cloud.inspect(cognitoIdp).pool(UserPoolId)!;
  const jwks = (await (await cloud.peek(GOOGLE_JWKS)).json()) as JSONWebKeySet;
  return { cloud, pool, googleToken, cognitoIdToken: signedIn.IdToken, jwks };
}
