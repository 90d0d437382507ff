import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { googleIdentityPoolMachine } from '../../../src/flows/googleIdentityPool/machine';
import { appRandom } from '../../../src/flows/hostedUi/oauth';

const CLIENT = 'app.apps.googleusercontent.com';
const setup = { identityPoolId: 'us-east-1:pool', googleClientId: CLIENT, bucket: 'photo-notes', region: 'us-east-1' };
const b64 = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
const token = (nonce: string) => `${b64({ alg: 'RS256' })}.${b64({ iss: 'https://accounts.google.com', aud: CLIENT, sub: '1', nonce })}.sig`;
const browser = { history: [], index: -1, jar: {} };

function start(callback: (launch: { state: string; nonce: string }) => string, getId = async () => ({ IdentityId: 'us-east-1:id' })) {
  const calls: unknown[] = [];
  const machine = googleIdentityPoolMachine.provide({
    actors: {
      browse: fromPromise(async ({ input }) => {
        calls.push(input);
        return { browser, landed: callback({ state: appRandom(`${CLIENT}:google-state:1`), nonce: appRandom(`${CLIENT}:google-nonce:1`) }) };
      }),
      getId: fromPromise(async ({ input }) => {
        calls.push(input);
        return getId();
      }),
    },
  });
  const actor = createActor(machine, { input: { setup } }).start();
  return { actor, calls, idle: () => waitFor(actor, (s) => !s.hasTag('busy')) };
}

describe('googleIdentityPoolMachine with provided fake actors', () => {
  it('opens Google’s authorize URL for the app’s client with response_type=id_token, a state and a nonce, and stops at the app’s own URL', async () => {
    const { actor, calls, idle } = start(({ state, nonce }) => `http://localhost/#state=${state}&id_token=${token(nonce)}`);
    actor.send({ type: 'google.signIn' });
    const s = await idle();
    expect(s.value).toBe('googleTokenHeld');
    const { request, settings } = calls[0] as { request: { url: string }; settings: unknown };
    expect(settings).toEqual({ callbackUrl: 'http://localhost', signOutUrl: '' });
    const query = Object.fromEntries(new URL(request.url).searchParams);
    expect(query).toMatchObject({ client_id: CLIENT, redirect_uri: 'http://localhost', response_type: 'id_token', scope: 'openid email' });
    expect(query['state']).toBe(s.context.oauthState);
    expect(query['nonce']).toBe(s.context.nonce);
    expect(s.context.googleIdToken).toBe(token(s.context.nonce!));
  });

  it('refuses a redirect whose nonce is not the app’s (a replayed token), and one whose state is not', async () => {
    const replayed = start(({ state }) => `http://localhost/#state=${state}&id_token=${token('someone-elses')}`);
    replayed.actor.send({ type: 'google.signIn' });
    let s = await replayed.idle();
    expect(s.value).toBe('callbackRefused');
    expect(s.context.error?.code).toBe('NonceMismatch');
    expect(s.context.googleIdToken).toBeUndefined();
    const forged = start(({ nonce }) => `http://localhost/#state=forged&id_token=${token(nonce)}`);
    forged.actor.send({ type: 'google.signIn' });
    s = await forged.idle();
    expect(s.context.error).toEqual({ code: 'StateMismatch', message: "The redirect's state forged is not the one the app sent." });
  });

  it('sends GetId the login accounts.google.com, and shows the identity pool’s refusal', async () => {
    const { actor, calls, idle } = start(
      ({ state, nonce }) => `http://localhost/#state=${state}&id_token=${token(nonce)}`,
      async () => {
        throw { code: 'NotAuthorizedException', message: 'Invalid login token. Incorrect token audience.' };
      },
    );
    actor.send({ type: 'google.signIn' });
    await idle();
    actor.send({ type: 'idpool.getId' });
    const s = await idle();
    expect(calls[1]).toEqual({ IdentityPoolId: 'us-east-1:pool', Logins: { 'accounts.google.com': s.context.googleIdToken } });
    expect(s.value).toBe('failed');
    expect(s.context.error).toEqual({ code: 'NotAuthorizedException', message: 'Invalid login token. Incorrect token audience.' });
    expect(s.status).toBe('active');
  });
});
