/**
 * What the app decides before it sends the browser to Google, and what it reads when Google sends the browser back.
 *
 * The grant: Google's OpenID Connect guide offers a browser app without a back end the implicit flow
 * (`response_type=id_token`), the ID token coming back in the redirect's fragment with the app's `state`, and a `nonce`
 * the app checks in the token (OIDC Core §3.2.2). The code flow would need the client secret at Google's token endpoint,
 * which a single-page app cannot keep.
 */
import { GOOGLE_AUTHORIZE } from '../../engine';
import type { FlowError, ScenarioSetup } from '../types';
import { appRandom, callbackParams } from '../hostedUi/oauth';
import { GOOGLE_APP_URL } from './scenario';

/** What the app keeps of its sign-in: how many it started (its state and nonce derive from it), and this one's values. */
export interface GoogleApp {
  setup: ScenarioSetup;
  launches?: number;
  oauthState?: string;
  nonce?: string;
}

/** The scopes the app asks Google for: the ID token (`openid`) with the person's email address. */
export const GOOGLE_SCOPES = 'openid email';

/** Google's authorize URL for the app's `launch`-th sign-in. */
export function googleAuthorizeUrl(clientId: string, state: string, nonce: string): string {
  const query = new URLSearchParams({ client_id: clientId, redirect_uri: GOOGLE_APP_URL, response_type: 'id_token', scope: GOOGLE_SCOPES, state, nonce });
  return `${GOOGLE_AUTHORIZE}?${query}`;
}

/** A new sign-in: a fresh state and nonce, and the URL the browser opens. */
export function planGoogleSignIn(context: GoogleApp) {
  const launches = (context.launches ?? 0) + 1;
  const clientId = context.setup.googleClientId ?? '';
  // SIMPLIFIED: derived, not drawn from crypto.getRandomValues, so a replay sends the very same requests (hostedUi/oauth.ts).
  const oauthState = appRandom(`${clientId}:google-state:${launches}`);
  const nonce = appRandom(`${clientId}:google-nonce:${launches}`);
  return {
    launches,
    oauthState,
    nonce,
    googleIdToken: undefined,
    error: undefined,
    pending: { kind: 'navigate', url: googleAuthorizeUrl(clientId, oauthState, nonce) } as const,
  };
}

/** The `nonce` claim of an ID token, read as the app reads it (the identity pool checks the signature). */
function nonceIn(idToken: string): string | undefined {
  try {
    const payload = idToken.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    return (JSON.parse(json) as { nonce?: string }).nonce;
  } catch {
    return undefined;
  }
}

/** What is wrong with Google's redirect back, if anything: an error Google sent, a state or nonce not the app's, no token. */
export function callbackProblem(context: GoogleApp, url: string): FlowError | undefined {
  const params = callbackParams(url);
  if (params['error']) return { code: params['error'], message: params['error_description'] ?? '' };
  if (params['state'] !== context.oauthState) {
    return { code: 'StateMismatch', message: `The redirect's state ${params['state'] ?? '(none)'} is not the one the app sent.` };
  }
  const token = params['id_token'];
  if (!token) return { code: 'NoIdToken', message: 'Google’s redirect carried no id_token.' };
  if (nonceIn(token) !== context.nonce)
    return { code: 'NonceMismatch', message: 'The ID token’s nonce is not the one the app sent: it may be a replayed token.' };
  return undefined;
}

/** The ID token in the redirect's fragment. */
export const callbackIdToken = (url: string): string | undefined => callbackParams(url)['id_token'];
