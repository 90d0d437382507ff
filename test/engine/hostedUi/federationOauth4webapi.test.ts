import * as oauth from 'oauth4webapi';
import { describe, expect, it } from 'vitest';
import type { Cloud } from '../../../src/engine';
import { CALLBACK } from '../../support/oauth';
import { federatedUi, JANE, signInAtProvider } from './federationSetup';

// oauth4webapi, a certified OpenID relying party, runs Cognito's code flow while the user signs in through Google: the
// library sees only Cognito (discovery, the authorization URL, the callback, the token endpoint, userInfo), every request
// through cloud.fetch.

const fetchOf = (cloud: Cloud) => ({ [oauth.customFetch]: (url: string, init: RequestInit) => cloud.fetch(url, init) });

describe('oauth4webapi against the hosted UI, the user signing in through Google', () => {
  it('gets Cognito tokens for Google_<sub> whose nonce, issuer and audience it checks itself, and userInfo with the Google attributes', async () => {
    const ui = await federatedUi();
    const { cloud } = ui;
    const issuer = new URL(`https://cognito-idp.${cloud.region}.amazonaws.com/${ui.userPoolId}`);
    const as = await oauth.processDiscoveryResponse(issuer, await oauth.discoveryRequest(issuer, { ...fetchOf(cloud), algorithm: 'oidc' }));
    const client: oauth.Client = { client_id: ui.clientId, [oauth.clockSkew]: Math.round((cloud.clock.now() - Date.now()) / 1000) };

    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const nonce = oauth.generateRandomNonce();
    const url = new URL(as.authorization_endpoint!);
    for (const [name, value] of Object.entries({
      client_id: client.client_id,
      redirect_uri: CALLBACK,
      response_type: 'code',
      scope: 'openid email profile',
      state,
      nonce,
      identity_provider: 'Google',
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    }))
      url.searchParams.set(name, value);

    // The browser: Cognito sends it to Google, Jane signs in and allows, Google sends it to /oauth2/idpresponse, and
    // Cognito sends it to the app's callback.
    const toGoogle = await ui.browser.request(url.href);
    expect(new URL(toGoogle.location!).host).toBe('accounts.google.com');
    const back = await signInAtProvider(ui, new URL(toGoogle.location!), JANE);
    const callback = await ui.browser.request(back.location!);
    expect(callback.status).toBe(302);
    const params = oauth.validateAuthResponse(as, client, new URL(callback.location!), state);

    const response = await oauth.authorizationCodeGrantRequest(as, client, oauth.None(), params, CALLBACK, verifier, fetchOf(cloud));
    const tokens = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: nonce, requireIdToken: true });
    const claims = oauth.getValidatedIdTokenClaims(tokens)!;
    expect(claims).toMatchObject({ nonce, aud: ui.clientId, iss: as.issuer, 'cognito:username': `Google_${JANE.sub}`, email: JANE.email });

    const info = await oauth.processUserInfoResponse(as, client, claims.sub, await oauth.userInfoRequest(as, client, tokens.access_token, fetchOf(cloud)));
    expect(info).toMatchObject({ sub: claims.sub, email: JANE.email, name: JANE.name, username: `Google_${JANE.sub}` });
  });
});
