import { beforeEach, describe, expect, it } from 'vitest';
import { OIDC_ISSUER } from '../../../src/engine';
import { INVALID_STATE } from '../../../src/engine/hostedUi/lib/federation';
import { CALLBACK } from '../../support/oauth';
import { hostedUiOf } from '../../support/oauth';
import { ALEX, federatedUi, freshBrowser, GOOGLE_PROVIDER, JANE, OIDC_NAME, signInAtProvider, toProvider, type FederatedUi } from './federationSetup';
import { tamper, TAMPER_REGISTRY, TAMPERED_NAME, TAMPERED_PROVIDER } from './federationTamper';

const INVALID_STATE_PAGE = `/error?${new URLSearchParams({ error: 'invalid_request', error_description: INVALID_STATE })}`;

/** Where `/oauth2/idpresponse` sends the browser for the provider's redirect back (one hop, not followed). */
async function answerTo(ui: FederatedUi, back: string) {
  const hop = await ui.browser.request(back);
  expect(hop.status).toBe(302);
  return hop.location!;
}

/** The app's callback query, checked to be the callback. */
function appQuery(location: string): Record<string, string> {
  expect(location.startsWith(`${CALLBACK}?`), location).toBe(true);
  return Object.fromEntries(new URL(location).searchParams);
}

describe('/oauth2/idpresponse refuses what it cannot trust', () => {
  beforeEach(() => {
    tamper.mode = 'none';
    tamper.first = undefined;
  });

  it('refuses a replayed state and an unknown one with the domain’s error page, and never signs the user in twice', async () => {
    const ui = await federatedUi();
    const back = await signInAtProvider(ui, await toProvider(ui, 'Google'), JANE);
    expect(appQuery(await answerTo(ui, back.location!))).toHaveProperty('code');
    expect(await answerTo(ui, back.location!)).toBe(INVALID_STATE_PAGE);
    const unknown = new URL(back.location!);
    unknown.searchParams.set('state', 'not-a-state-cognito-sent');
    expect(await answerTo(ui, unknown.href)).toBe(INVALID_STATE_PAGE);
    const none = new URL(back.location!);
    none.searchParams.delete('state');
    expect(await answerTo(ui, none.href)).toBe(INVALID_STATE_PAGE);
    // The page says what went wrong, not that the client is unknown.
    const page = await ui.browser.request(INVALID_STATE_PAGE, {}, ui.base);
    expect(page.status).toBe(400);
    expect(page.body).toContain(`invalid_request: ${INVALID_STATE}`);
    expect(page.body).not.toContain('client_id is missing');
    // Only the hosted UI's own descriptions are shown: a crafted link cannot put its words on the domain's page.
    const crafted = await ui.browser.request('/error?error=invalid_request&error_description=Call+us+at+555', {}, ui.base);
    expect(crafted.body).not.toContain('Call us');
  });

  it('refuses a state older than its 15 minutes [U]', async () => {
    const ui = await federatedUi();
    const back = await signInAtProvider(ui, await toProvider(ui, 'Google'), JANE);
    ui.cloud.clock.advance(15 * 60_000);
    expect(await answerTo(ui, back.location!)).toBe(INVALID_STATE_PAGE);
  });

  it('sends a cancelled consent back to the app with the provider’s error and the app’s state', async () => {
    const ui = await federatedUi();
    const back = await signInAtProvider(ui, await toProvider(ui, 'Google'), JANE, 'cancel');
    expect(new URL(back.location!).searchParams.get('error')).toBe('access_denied');
    expect(appQuery(await answerTo(ui, back.location!))).toEqual({
      error: 'access_denied',
      error_description: 'Google Error - access_denied',
      state: 'app-state',
    });
  });

  it('relays the provider’s token endpoint error as the developer guide shows it: "<Provider> Error - <status> <error> <description>"', async () => {
    const wrongSecret = { ...GOOGLE_PROVIDER, ProviderDetails: { ...GOOGLE_PROVIDER.ProviderDetails, client_secret: 'GOCSPX-wrong' } };
    const ui = await federatedUi();
    await ui.cloud.cognitoIdp.updateIdentityProvider({ UserPoolId: ui.userPoolId, ProviderName: 'Google', ProviderDetails: wrongSecret.ProviderDetails });
    const back = await signInAtProvider(ui, await toProvider(ui, 'Google'), JANE);
    expect(appQuery(await answerTo(ui, back.location!))).toEqual({
      error: 'invalid_client',
      error_description: 'Google Error - 401 invalid_client Unauthorized',
      state: 'app-state',
    });
  });

  it('refuses an ID token whose nonce is not the one Cognito sent', async () => {
    const ui = await federatedUi();
    const authorize = await toProvider(ui, OIDC_NAME);
    const pending = hostedUiOf(ui.cloud, ui.userPoolId).federation[authorize.searchParams.get('state')!]!;
    // White-box: Cognito remembers another nonce than the one the provider put in its token.
    pending.nonce = 'a-nonce-cognito-never-sent';
    const back = await signInAtProvider(ui, authorize, ALEX);
    expect(appQuery(await answerTo(ui, back.location!))).toEqual({ error: 'invalid_request', error_description: 'Bad id_token nonce', state: 'app-state' });
  });

  it('refuses an ID token altered on the way (its signature no longer verifies) and an old one replayed (expired)', async () => {
    const ui = await federatedUi(['COGNITO', TAMPERED_NAME], { registry: TAMPER_REGISTRY, extra: [TAMPERED_PROVIDER] });
    tamper.mode = 'payload';
    let back = await signInAtProvider(ui, await toProvider(ui, TAMPERED_NAME), ALEX);
    expect(appQuery(await answerTo(ui, back.location!))).toEqual({
      error: 'invalid_request',
      error_description: 'Bad id_token: its signature does not verify with the provider’s keys',
      state: 'app-state',
    });

    // Two hours on, the provider's first token (an hour's life) comes back instead of the new one.
    tamper.mode = 'replay';
    ui.cloud.clock.advance(2 * 3600_000);
    freshBrowser(ui);
    back = await signInAtProvider(ui, await toProvider(ui, TAMPERED_NAME), ALEX);
    expect(appQuery(await answerTo(ui, back.location!))).toEqual({
      error: 'invalid_request',
      error_description: 'Bad id_token: the token has expired',
      state: 'app-state',
    });
    expect(await ui.cloud.cognitoIdp.listUsers({ UserPoolId: ui.userPoolId })).toMatchObject({ Users: [] });

    // Untouched, the same provider signs Alex in.
    tamper.mode = 'none';
    freshBrowser(ui);
    back = await signInAtProvider(ui, await toProvider(ui, TAMPERED_NAME), ALEX);
    expect(appQuery(await answerTo(ui, back.location!))).toHaveProperty('code');
  });

  it('refuses an ID token from another issuer than the provider’s oidc_issuer: "Bad id_token issuer <iss>"', async () => {
    // Every endpoint the provider's own, but Cognito told the issuer is someone else.
    const elsewhere = {
      ...TAMPERED_PROVIDER,
      ProviderName: 'Elsewhere',
      ProviderDetails: { ...TAMPERED_PROVIDER.ProviderDetails, oidc_issuer: 'https://login.elsewhere.example', token_url: `${OIDC_ISSUER}/token` },
    };
    const ui = await federatedUi(['Elsewhere'], { extra: [elsewhere] });
    const back = await signInAtProvider(ui, await toProvider(ui, 'Elsewhere'), ALEX);
    expect(appQuery(await answerTo(ui, back.location!))).toEqual({
      error: 'invalid_request',
      error_description: `Bad id_token issuer ${OIDC_ISSUER}`,
      state: 'app-state',
    });
  });

  it('answers other methods than GET with 405', async () => {
    const ui = await federatedUi();
    const hop = await ui.browser.request(`${ui.base}/oauth2/idpresponse?code=x&state=y`, { method: 'POST', form: {} });
    expect(hop.status).toBe(405);
  });
});
