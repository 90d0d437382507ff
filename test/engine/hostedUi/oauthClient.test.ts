import * as oauth from 'oauth4webapi';
import { describe, expect, it } from 'vitest';
import { confirmedUser, PASSWORD } from '../../support/users';
import { CALLBACK, hostedUi } from './setup';

// A real OAuth client (oauth4webapi) builds the authorization request and validates the callback the hosted UI sends.
describe('the hosted UI and a real OAuth client', () => {
  it('answers oauth4webapi’s code + PKCE authorization request with a callback the client accepts, and an error it recognizes', async () => {
    const ui = await hostedUi();
    await confirmedUser(ui.cloud, ui.clientId, 'alice');
    const as: oauth.AuthorizationServer = {
      issuer: `https://cognito-idp.${ui.cloud.region}.amazonaws.com/${ui.userPoolId}`,
      authorization_endpoint: `${ui.base}/oauth2/authorize`,
    };
    const client: oauth.Client = { client_id: ui.clientId };
    const verifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const url = new URL(as.authorization_endpoint!);
    url.search = new URLSearchParams({
      client_id: ui.clientId,
      redirect_uri: CALLBACK,
      response_type: 'code',
      scope: 'openid email',
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    }).toString();

    const login = (await ui.browser.visit(url.href)).last;
    const { last } = await ui.browser.submit(login, { username: 'alice', password: PASSWORD });
    const params = oauth.validateAuthResponse(as, client, new URL(last.location!), state);
    expect(params.get('code')).toMatch(/^[0-9a-f-]{36}$/);
    expect(() => oauth.validateAuthResponse(as, client, new URL(last.location!), 'another-state')).toThrow(/unexpected "state"/);

    url.searchParams.set('scope', 'nonsense');
    const refused = await ui.browser.request(url.href);
    expect(() => oauth.validateAuthResponse(as, client, new URL(refused.location!), state)).toThrow(expect.objectContaining({ error: 'invalid_scope' }));
  });
});
