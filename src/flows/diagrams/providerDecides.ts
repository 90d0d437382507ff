/**
 * Who asks, with what, and who decides, for the simulated identity providers' sites (Google, the generic OIDC provider):
 * the user's browser on their authorization, sign-in and consent pages; the app or the cloud at their token endpoint,
 * keys and userinfo. The provider decides, outside AWS.
 */
import { googleIdp, oidcIdp } from '../../engine';
import type { DecidedEntry, WhoDecides } from './whoDecides';

const PROVIDERS: Record<string, string> = { [googleIdp.id]: 'Google', [oidcIdp.id]: 'the provider' };

/** Whether this entry is a request to a simulated identity provider. */
export const isProviderSite = (entry: Pick<DecidedEntry, 'service'>): boolean => entry.service !== undefined && entry.service in PROVIDERS;

type Row = (method: string, provider: string) => WhoDecides;

const authorize: Row = (_method, provider) => ({
  type: 'public',
  who: 'the user’s browser',
  with: 'the client_id, redirect_uri, response_type, scopes, state and nonce (and the provider’s session cookie, if it has one)',
  decides: `${provider} decides: the client and its redirect URI must be registered; a live session and a consent already given skip the pages`,
  label: 'public',
});

const signIn: Row = (method, provider) =>
  method === 'POST'
    ? {
        type: 'public',
        who: 'the user',
        with: 'an email address and password typed into the page, and its CSRF token',
        decides: `${provider} decides: the password must be right; its session cookie then keeps the browser signed in`,
        label: 'authentication',
      }
    : {
        type: 'public',
        who: 'the user’s browser',
        with: 'the authorization request',
        decides: 'no identity is checked: the page shows its form',
        label: 'public',
      };

const consent: Row = (method, provider) =>
  method === 'POST'
    ? {
        type: 'public',
        who: 'the user',
        with: 'Allow or Cancel, the session cookie and the CSRF token',
        decides: `${provider} decides: with Allow it sends the browser back to the app with a code or the ID token, with Cancel with access_denied`,
        label: 'authorization',
      }
    : { type: 'public', who: 'the user’s browser', with: 'the session cookie', decides: 'the page asks the user what the app may see', label: 'public' };

const publicDocument: Row = () => ({
  type: 'public',
  who: 'anyone (here a verifier of the provider’s tokens)',
  with: 'nothing',
  decides: 'no identity is checked: the provider’s discovery document and public keys',
  label: 'public',
});

const token: Row = (_method, provider) => ({
  type: 'public',
  who: 'the app’s back end',
  with: 'a code (and its PKCE verifier) or a refresh token, and the client’s secret',
  decides: `${provider} decides: the secret must match, the code be unused, unexpired and issued for that redirect URI`,
  label: 'authentication',
});

const userInfo: Row = (_method, provider) => ({
  type: 'bearer',
  who: 'the app’s back end',
  with: 'the provider’s access token in the Authorization header',
  decides: `${provider} decides: the token must be live and allow the profile or email scope`,
  label: 'authorization',
});

/** The rows by path, the providers' paths side by side (Google's first). */
const BY_PATH: [RegExp, Row][] = [
  [/^\/(o\/oauth2\/v2\/auth|authorize)$/, authorize],
  [/^\/(v3\/signin\/identifier|login)$/, signIn],
  [/^\/(signin\/oauth\/consent|consent)$/, consent],
  [/^\/(\.well-known\/openid-configuration|oauth2\/v3\/certs|jwks)$/, publicDocument],
  [/^\/(oauth2\/v4\/token|token)$/, token],
  [/^\/(oauth2\/v3\/userinfo|v1\/userinfo|v1\/people\/me|userinfo)$/, userInfo],
];

/** A provider page or endpoint's row; a path it does not serve is a page anyone may ask for. */
export function providerDecides(entry: DecidedEntry): WhoDecides {
  const [method = 'GET', path = ''] = entry.action.split(' ');
  const provider = PROVIDERS[entry.service ?? ''] ?? 'the provider';
  const row = BY_PATH.find(([pattern]) => pattern.test(path))?.[1] ?? publicDocument;
  return row(method, provider);
}
