import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { GOOGLE_SPA_CLIENT, GOOGLE_USERS, cognitoIdentity, cognitoIdp } from '../../../src/engine';
import { createGoogleIdentityPoolActors } from '../../../src/flows/googleIdentityPool/actors';
import { googleIdentityPoolMachine } from '../../../src/flows/googleIdentityPool/machine';
import { GOOGLE_ROLE_NAME, PHOTO_BUCKET } from '../../../src/flows/googleIdentityPool/scenario';
import type { BrowserState } from '../../../src/flows/hostedUi/browse';
import { wire } from '../support';

const JANE = GOOGLE_USERS[0]!;
const ev = (type: string, extra: Record<string, unknown> = {}) => ({ type, ...extra });
const page = (s: { context: { browser?: unknown } }) => {
  const b = s.context.browser as BrowserState;
  return b.history[b.index]!;
};
const hops = (s: { context: { browser?: unknown } }) => page(s).chain.map((h) => `${h.status} ${new URL(h.url).host}${new URL(h.url).pathname}`);

async function signedInWithGoogle() {
  const w = await wire(googleIdentityPoolMachine, 'googleIdentityPool', createGoogleIdentityPoolActors);
  let s = await w.send(ev('google.signIn'));
  expect(s.value).toBe('browsing');
  s = await w.send(ev('browser.submit', { button: 'Next', values: { email: JANE.email, password: JANE.password } }));
  expect(s.value).toBe('browsing');
  s = await w.send(ev('browser.submit', { button: 'Allow' }));
  return { w, s };
}

describe('the googleIdentityPool flow against a real cloud', () => {
  it('signs in on Google’s pages and comes back to http://localhost with Google’s ID token for the app’s client, checked state and nonce', async () => {
    const w = await wire(googleIdentityPoolMachine, 'googleIdentityPool', createGoogleIdentityPoolActors);
    let s = await w.send(ev('google.signIn'));
    expect(hops(s)).toEqual(['302 accounts.google.com/o/oauth2/v2/auth', '200 accounts.google.com/v3/signin/identifier']);
    const authorize = new URL(page(s).chain[0]!.url);
    expect(Object.fromEntries(authorize.searchParams)).toEqual({
      client_id: GOOGLE_SPA_CLIENT.clientId,
      redirect_uri: 'http://localhost',
      response_type: 'id_token',
      scope: 'openid email',
      state: s.context.oauthState,
      nonce: s.context.nonce,
    });
    s = await w.send(ev('browser.submit', { button: 'Next', values: { email: JANE.email, password: 'not-it' } }));
    expect(s.value).toBe('browsing');
    expect(page(s).body).toContain('Wrong password.');
    s = await w.send(ev('browser.submit', { button: 'Next', values: { email: JANE.email, password: JANE.password } }));
    expect(hops(s)).toEqual(['302 accounts.google.com/v3/signin/identifier', '200 accounts.google.com/signin/oauth/consent']);
    expect(page(s).body).toContain('Photo Notes wants to access your Google Account');
    s = await w.send(ev('browser.submit', { button: 'Allow' }));
    expect(s.value).toBe('googleTokenHeld');
    expect(s.context.callback).toMatch(/^http:\/\/localhost\/#state=/);
    expect(decodeJwt(s.context.googleIdToken)).toMatchObject({
      iss: 'https://accounts.google.com',
      aud: GOOGLE_SPA_CLIENT.clientId,
      sub: JANE.sub,
      email: JANE.email,
      nonce: s.context.nonce,
    });
    // No user pool anywhere: nothing was asked of cognito-idp.
    expect(w.cloud.log.entries.some((e) => e.service === cognitoIdp.id)).toBe(false);
  });

  it('trades the token for an identity and the role’s credentials (the enhanced flow), then S3 allows its own prefix and denies a listing', async () => {
    const { w, s: held } = await signedInWithGoogle();
    let s = await w.send(ev('idpool.getId'));
    expect(s.value).toBe('identified');
    expect(s.context.identityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    const getId = w.cloud.log.entries.findLast((e) => e.action === 'GetId')!;
    expect(getId.request).toEqual({ IdentityPoolId: w.setup.identityPoolId, Logins: { 'accounts.google.com': held.context.googleIdToken } });
    s = await w.send(ev('idpool.getCredentials'));
    expect(s.value).toBe('credentialsHeld');
    expect(s.context.via).toBe('enhanced');
    expect(s.context.credentials.accessKeyId).toMatch(/^ASIA/);
    // Cognito assumed the role itself, inside GetCredentialsForIdentity.
    const outer = w.cloud.log.entries.findLast((e) => e.action === 'GetCredentialsForIdentity')!;
    const inner = w.cloud.log.entries.find((e) => e.parent === outer.requestId && e.action === 'AssumeRoleWithWebIdentity')!;
    expect(inner).toBeDefined();
    expect(decodeJwt((inner.request as { WebIdentityToken: string }).WebIdentityToken)).toMatchObject({
      aud: w.setup.identityPoolId,
      sub: s.context.identityId,
      amr: ['authenticated', 'accounts.google.com', `accounts.google.com:${GOOGLE_SPA_CLIENT.clientId}:${JANE.sub}`],
    });
    expect(inner.response).toMatchObject({ AssumedRoleUser: { Arn: expect.stringContaining(`assumed-role/${GOOGLE_ROLE_NAME}/CognitoIdentityCredentials`) } });

    s = await w.send(ev('notes.putOwn'));
    expect(s.value).toBe('credentialsHeld');
    expect(s.context.answer).toMatchObject({
      ok: true,
      status: 200,
      request: { action: 'PutObject', bucket: PHOTO_BUCKET, key: `${s.context.identityId}/first-note.txt` },
    });
    s = await w.send(ev('notes.listAll'));
    expect(s.context.answer).toMatchObject({ ok: false, status: 403, code: 'AccessDenied' });
    expect(s.context.answer.message).toContain(
      'is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::photo-notes" because no identity-based policy allows the s3:ListBucket action',
    );

    // The same Google account signing in again keeps its identity.
    s = await w.send(ev('app.signOut'));
    expect(s.value).toBe('signedOut');
    s = await w.send(ev('google.signIn'));
    // Google remembers the browser and the consent: straight back to the app.
    expect(s.value).toBe('googleTokenHeld');
    expect(hops(s)).toEqual(['302 accounts.google.com/o/oauth2/v2/auth']);
    const before = w.cloud.log.entries.findLast((e) => e.action === 'GetId')!.response;
    s = await w.send(ev('idpool.getId'));
    expect({ IdentityId: s.context.identityId }).toEqual(before);
  });

  it('runs the basic flow too: GetOpenIdToken, then STS with the role the app names', async () => {
    const { w } = await signedInWithGoogle();
    await w.send(ev('idpool.getId'));
    let s = await w.send(ev('idpool.getOpenIdToken'));
    expect(s.value).toBe('openIdTokenHeld');
    expect(decodeJwt(s.context.openIdToken)).toMatchObject({
      iss: 'https://cognito-identity.amazonaws.com',
      aud: w.setup.identityPoolId,
      sub: s.context.identityId,
    });
    s = await w.send(ev('token.exchange'));
    expect(s.value).toBe('credentialsHeld');
    expect(s.context.via).toBe('basic');
    expect(s.context.assumedRoleArn).toBe(`arn:aws:sts::123456789012:assumed-role/${GOOGLE_ROLE_NAME}/photo-notes-app`);
  });

  it('shows the identity pool refusing a token whose aud is not the client SupportedLoginProviders names', async () => {
    const { w } = await signedInWithGoogle();
    await w.cloud.cognitoIdentity.updateIdentityPool({
      IdentityPoolId: w.setup.identityPoolId!,
      IdentityPoolName: 'photo_notes',
      AllowUnauthenticatedIdentities: false,
      AllowClassicFlow: true,
      SupportedLoginProviders: { 'accounts.google.com': 'another-app.apps.googleusercontent.com' },
    });
    const s = await w.send(ev('idpool.getId'));
    expect(s.value).toBe('failed');
    expect(s.context.error).toEqual({ code: 'NotAuthorizedException', message: 'Invalid login token. Incorrect token audience.' });
    expect(w.cloud.log.entries.findLast((e) => e.service === cognitoIdentity.id)?.status).toBe(400);
  });

  it('shows Google’s access_denied when the learner cancels on the consent page', async () => {
    const w = await wire(googleIdentityPoolMachine, 'googleIdentityPool', createGoogleIdentityPoolActors);
    await w.send(ev('google.signIn'));
    await w.send(ev('browser.submit', { button: 'Next', values: { email: JANE.email, password: JANE.password } }));
    const s = await w.send(ev('browser.submit', { button: 'Cancel' }));
    expect(s.value).toBe('callbackRefused');
    expect(s.context.error).toEqual({ code: 'access_denied', message: '' });
    expect(s.context.googleIdToken).toBeUndefined();
  });
});
