/**
 * The app calling your own API (`GET /orders` at `api.example.com`) with a bearer token: the access token, the ID token
 * (which the API turns away by its `token_use`), or the access token with a revocation check (the API then asks the pool
 * with GetUser). Signed in, the app sends the tokens it holds; signed out, the copy of the access token kept from before.
 */
import { screen } from '../machineKit';
import type { ScreenId } from '../types';
import type { YourApiCall } from '../wire';
import { signInSetup, type SignInContext } from './setup';

const planned = (call: YourApiCall) => ({ type: 'planApiCall', params: call }) as const;

/** The events that call your API, each leading to `.callingApi` with the call it asks for. */
export const apiEvents = {
  'api.call': { target: '.callingApi', actions: planned({ tokenUse: 'access', checkRevocation: false }) },
  'api.callWithIdToken': { target: '.callingApi', actions: planned({ tokenUse: 'id', checkRevocation: false }) },
  'api.callCheckingRevocation': { target: '.callingApi', actions: planned({ tokenUse: 'access', checkRevocation: true }) },
} as const;

/** Signed out the app holds no ID token: only the kept copy of the access token can be sent. */
export const signedOutApiEvents = { 'api.call': apiEvents['api.call'], 'api.callCheckingRevocation': apiEvents['api.callCheckingRevocation'] } as const;

function tokenFor(context: SignInContext): string {
  if (context.apiCall?.tokenUse === 'id') return context.tokens?.IdToken ?? '';
  return context.tokens?.AccessToken ?? context.keptAccessToken ?? '';
}

/** `callingApi` and `apiAnswered`, for the signed-in app and for the signed-out one (`screenId` is the screen they show). */
export function apiStates(screenId: ScreenId, failed: string) {
  return {
    callingApi: signInSetup.createStateConfig({
      description:
        'The app calls GET /orders on your API with a token in the Authorization header; your API fetches the JWKS from the pool, verifies the token, and may ask the pool with GetUser whether it was revoked.',
      meta: screen(screenId),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'callYourApi',
        src: 'callYourApi',
        input: ({ context }) => ({
          token: tokenFor(context),
          tokenUse: context.apiCall?.tokenUse ?? 'access',
          checkRevocation: context.apiCall?.checkRevocation ?? false,
        }),
        onDone: { target: 'apiAnswered', actions: 'keepApiAnswer' },
        onError: { target: failed, actions: 'keepError' },
      },
    }),
    apiAnswered: signInSetup.createStateConfig({
      description: 'The app shows what your API answered: 200 with the orders, or 401 with the reason in WWW-Authenticate.',
      meta: screen(screenId),
    }),
  };
}
