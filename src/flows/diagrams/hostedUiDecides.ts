/**
 * Who asks, with what, and who decides, for the hosted UI's pages and OAuth endpoints (the `hostedUi` site): the user's
 * browser and the app talk to the pool's domain, and the user pool decides, outside any AWS API signature.
 */
import type { DecidedEntry, WhoDecides } from './whoDecides';

const DECIDES = 'the user pool decides';

const BY_PATH: Record<string, (method: string) => WhoDecides> = {
  '/oauth2/authorize': () => ({
    type: 'public',
    who: 'the user’s browser',
    with: 'the client_id, redirect_uri, response_type and scopes (and the hosted UI’s session cookie, if it has one)',
    decides: `${DECIDES}: the callback must be registered, the flow and scopes allowed; a live session skips the form`,
    label: 'public',
  }),
  '/login': (method) =>
    method === 'POST'
      ? {
          type: 'public',
          who: 'the user',
          with: 'a username and password typed into the page, and its CSRF token',
          decides: `${DECIDES}: the password must be right; then it redirects to the callback`,
          label: 'authentication',
        }
      : { type: 'public', who: 'the user’s browser', with: 'the OAuth query', decides: 'no identity is checked: the page shows its form', label: 'public' },
  '/oauth2/token': () => ({
    type: 'public',
    who: 'the app',
    with: 'a code and its PKCE verifier, a refresh token, or a client secret',
    decides: `${DECIDES}: the code must be unused, unexpired and match the callback and challenge`,
    label: 'authentication',
  }),
  '/oauth2/userInfo': () => ({
    type: 'bearer',
    who: 'the app',
    with: 'the access token in the Authorization header',
    decides: `${DECIDES}: the token must be valid and carry openid`,
    label: 'authorization',
  }),
  '/logout': () => ({
    type: 'public',
    who: 'the user’s browser',
    with: 'the client_id and a sign-out URL',
    decides: `${DECIDES}: the URL must be registered; the session ends`,
    label: 'public',
  }),
  '/oauth2/revoke': () => ({
    type: 'public',
    who: 'the app',
    with: 'a refresh token and the client_id',
    decides: `${DECIDES}: the token and the tokens issued from it stop working`,
    label: 'authorization',
  }),
};

/** A machine's token request: no user, only the client's id and secret. */
const CLIENT_CREDENTIALS: WhoDecides = {
  type: 'public',
  who: 'the app’s back end (a machine: no user)',
  with: 'its client id and client secret (HTTP Basic) and the custom scopes it wants',
  decides: `${DECIDES}: the secret must match; the scopes must be the client’s and a resource server’s`,
  label: 'authentication',
};

/** The `grant_type` of a form-encoded token request, from its body. */
function grantOf(entry: DecidedEntry): string | null {
  const body = entry.http?.request.body;
  return new URLSearchParams(typeof body === 'string' ? body : '').get('grant_type');
}

/** A hosted UI page or endpoint's row; the sign-up and password pages are the user proving who they are. */
export function hostedUiDecides(entry: DecidedEntry): WhoDecides {
  const [method = 'GET', path = ''] = entry.action.split(' ');
  if (path === '/oauth2/token' && grantOf(entry) === 'client_credentials') return CLIENT_CREDENTIALS;
  const row = BY_PATH[path];
  if (row) return row(method);
  return {
    type: 'public',
    who: 'the user',
    with: method === 'POST' ? 'what they typed into the page, and its CSRF token' : 'the OAuth query',
    decides: `${DECIDES}, as its API would`,
    label: method === 'POST' ? 'authentication' : 'public',
  };
}
