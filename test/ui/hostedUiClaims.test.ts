import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { explainClaim, explainScopeWord, isMachineToken } from '../../src/ui/inspectors/tokens/claims';
import { tokenOrigin } from '../../src/ui/inspectors/tokens/origin';
import { lastIssuedTokens } from '../../src/ui/inspectors/tokens/TokensPanel';
import { newCloud } from '../support/cloud';
import { basic, browserOf, CALLBACK, issueCode, machinePool, oauthPool, PASSWORD, postForm, USERNAME, type OAuthSetup } from '../support/oauth';

// The Tokens tab's explanations of the hosted UI's tokens, from tokens a real round trip through cloud.fetch issued.

type TestCloud = Awaited<ReturnType<typeof newCloud>>;

async function exchange(cloud: TestCloud, setup: OAuthSetup, code: string) {
  const response = await postForm(cloud, `${setup.base}/oauth2/token`, {
    grant_type: 'authorization_code',
    client_id: setup.clientId,
    code,
    redirect_uri: CALLBACK,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { id_token: string; access_token: string; refresh_token: string };
}

const explain = (name: string, token: string, cloud: TestCloud, origin = tokenOrigin(cloud.log.entries, token)) => {
  const claims = decodeJwt(token) as Record<string, unknown>;
  return explainClaim(name, claims[name], { now: cloud.clock.now(), claims, origin, use: claims['token_use'] as 'id' | 'access' });
};

describe('the code grant’s tokens', () => {
  it('say where they came from and compare the ID token’s nonce with the one the app sent', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const tokens = await exchange(cloud, setup, await issueCode(cloud, setup, { nonce: 'n-0S6_WzA2Mj', scopes: ['openid', 'email', 'profile'] }));
    expect(decodeJwt(tokens.id_token).nonce).toBe('n-0S6_WzA2Mj');
    const origin = tokenOrigin(cloud.log.entries, tokens.id_token);
    expect(origin).toEqual({ hostedUi: true, grant: 'authorization_code', sentNonce: 'n-0S6_WzA2Mj' });
    expect(explain('nonce', tokens.id_token, cloud)).toBe(
      'The nonce the app sent in its authorize request, echoed in the ID token so the app can tell its own sign-in from a replayed token. It matches the nonce the app sent (n-0S6_WzA2Mj): this token answers that sign-in.',
    );
    // A token whose nonce was changed (or another sign-in's) does not match.
    const claims = { ...decodeJwt(tokens.id_token), nonce: 'replayed' };
    expect(explainClaim('nonce', 'replayed', { now: cloud.clock.now(), claims, origin })).toMatch(
      /It does not match the nonce the app sent \(n-0S6_WzA2Mj\): the app must reject this token\.$/,
    );
    // The flow's own record of the nonce wins over the log's.
    expect(tokenOrigin(cloud.log.entries, tokens.id_token, 'kept-by-app')?.sentNonce).toBe('kept-by-app');
  });

  it('explain each scope word, and that the hosted UI granted them', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const tokens = await exchange(cloud, setup, await issueCode(cloud, setup, { scopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'] }));
    expect(decodeJwt(tokens.access_token).scope).toBe('openid email profile aws.cognito.signin.user.admin');
    expect(explain('scope', tokens.access_token, cloud)).toBe(
      'What the access token allows, one space-separated word each: ' +
        'openid: an OpenID Connect sign-in (an ID token, and /oauth2/userInfo answers); ' +
        'email: the email and email_verified claims (with openid); ' +
        'profile: every other attribute the app client may read, such as name (with openid); ' +
        "aws.cognito.signin.user.admin: the user pool's own user APIs with this token: GetUser, UpdateUserAttributes, ChangePassword…. " +
        'The hosted UI granted the scopes the app asked for that its client may use.',
    );
    expect(explainScopeWord('phone')).toBe('phone: the phone_number and phone_number_verified claims (with openid)');
  });

  it('keep auth_time from the hosted UI session: a later authorize that the session skips the form for keeps it', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const signedInAt = Math.floor(cloud.clock.now() / 1000);
    await exchange(cloud, setup, await issueCode(cloud, setup));
    cloud.clock.advance(20 * 60_000);
    const again = await exchange(cloud, setup, await issueCode(cloud, setup));
    // No second form: the session cookie skipped it, and the new tokens keep the session's sign-in time.
    expect(cloud.log.entries.filter((e) => e.action === 'POST /login')).toHaveLength(1);
    expect(decodeJwt(again.id_token).auth_time).toBe(signedInAt);
    expect(decodeJwt(again.access_token).iat).toBe(signedInAt + 20 * 60);
    expect(explain('auth_time', again.access_token, cloud)).toMatch(
      /^When the user signed in on the hosted UI, which began its session then\. While that session lasts \(1 h\), another authorize skips the form and its tokens keep this time; so do refreshed tokens\. 2026-01-15 09:00:00 UTC \(20 min ago\)\.$/,
    );
  });

  it('are found in the log once the app dropped them, from the token endpoint’s answer', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const tokens = await exchange(cloud, setup, await issueCode(cloud, setup));
    expect(lastIssuedTokens(cloud.log.entries)).toEqual({ IdToken: tokens.id_token, AccessToken: tokens.access_token, RefreshToken: tokens.refresh_token });
  });

  it('say the app sent no nonce when its authorize request had none', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const tokens = await exchange(cloud, setup, await issueCode(cloud, setup));
    expect(tokenOrigin(cloud.log.entries, tokens.id_token)?.sentNonce).toBeNull();
    const claims = { ...decodeJwt(tokens.id_token), nonce: 'from-elsewhere' };
    const origin = tokenOrigin(cloud.log.entries, tokens.id_token);
    expect(explainClaim('nonce', 'from-elsewhere', { now: cloud.clock.now(), claims, origin })).toMatch(/The app's authorize request sent none/);
  });
});

describe('the implicit grant’s tokens', () => {
  it('come from the redirect’s fragment, with the nonce of the authorize request', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud, { client: { AllowedOAuthFlows: ['implicit'] } });
    const query = new URLSearchParams({ response_type: 'token', client_id: setup.clientId, redirect_uri: CALLBACK, scope: 'openid email', nonce: 'imp-1' });
    const browser = browserOf(cloud, setup);
    const { last: page } = await browser.visit(`${setup.base}/oauth2/authorize?${query}`);
    const { last } = await browser.submit(page, { username: USERNAME, password: PASSWORD });
    const fragment = new URLSearchParams(new URL(last.location!).hash.slice(1));
    const idToken = fragment.get('id_token')!;
    expect(tokenOrigin(cloud.log.entries, idToken)).toEqual({ hostedUi: true, grant: 'implicit', sentNonce: 'imp-1' });
    expect(explain('nonce', idToken, cloud)).toMatch(/It matches the nonce the app sent \(imp-1\)/);
  });
});

describe('a client-credentials access token', () => {
  it('is explained as a machine’s: sub is the client id, custom scopes, auth_time the moment of issue', async () => {
    const cloud = await newCloud();
    const setup = await machinePool(cloud);
    const response = await postForm(
      cloud,
      `${setup.base}/oauth2/token`,
      { grant_type: 'client_credentials', scope: 'orders/read orders/write' },
      basic(setup.clientId, setup.clientSecret!),
    );
    const { access_token } = (await response.json()) as { access_token: string };
    const claims = decodeJwt(access_token) as Record<string, unknown>;
    expect(claims).toMatchObject({ sub: setup.clientId, client_id: setup.clientId, token_use: 'access' });
    expect(claims).not.toHaveProperty('username');
    const origin = tokenOrigin(cloud.log.entries, access_token);
    expect(origin).toEqual({ hostedUi: true, grant: 'client_credentials' });
    expect(isMachineToken(claims)).toBe(true);
    expect(explain('sub', access_token, cloud)).toMatch(/^The app client's id: a client-credentials token is issued to a machine, not a user/);
    expect(explain('scope', access_token, cloud)).toBe(
      'What the access token allows, one space-separated word each: ' +
        'orders/read: the scope read of the resource server orders, whose API decides what it allows; ' +
        'orders/write: the scope write of the resource server orders, whose API decides what it allows. ' +
        'A client-credentials token carries only resource servers’ custom scopes: no user signed in.',
    );
    expect(explain('auth_time', access_token, cloud)).toMatch(/^For a client-credentials token, the moment it was issued: no user signed in\. 2026-01-15/);
  });
});

describe('a token from the API sign-in', () => {
  it('keeps the API’s explanations', async () => {
    const cloud = await newCloud();
    const setup = await oauthPool(cloud);
    const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
      ClientId: setup.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME, PASSWORD },
    });
    const access = AuthenticationResult!.AccessToken!;
    expect(tokenOrigin(cloud.log.entries, access)).toEqual({ hostedUi: false });
    expect(isMachineToken(decodeJwt(access) as Record<string, unknown>)).toBe(false);
    expect(explain('scope', access, cloud)).toMatch(
      /aws\.cognito\.signin\.user\.admin: .* A sign-in through the API \(InitiateAuth\) always carries just this one\.$/,
    );
    expect(explain('sub', access, cloud)).toMatch(/^The user's permanent unique id/);
    expect(explain('auth_time', access, cloud)).toMatch(/^When the user actually signed in\./);
  });
});
