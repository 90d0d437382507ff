/**
 * The simulated identity providers' fixed people and apps: their test users (with passwords shown on the sign-in pages)
 * and the OAuth clients registered with them.
 *
 * SIMPLIFIED: Google has no developer console here. Its registered OAuth clients (and the generic provider's) are fixed.
 * The user pools' client accepts as redirect URI any user pool domain's `/oauth2/idpresponse`, so a lesson can point a user
 * pool at it without registering anything: `https://{domain}.auth.{region}.amazoncognito.com/oauth2/idpresponse`. The
 * single-page app's client (a browser app that signs in with Google and hands the ID token to an identity pool) lists its
 * redirect URIs, matched exactly, as Google matches them.
 */

/** A person with an account at a simulated provider. */
export interface IdpUser {
  /** The provider's stable id for the person (Google: 21 digits). */
  sub: string;
  email: string;
  emailVerified: boolean;
  name: string;
  givenName: string;
  familyName: string;
  picture: string;
  /** Shown on the sign-in page: these are test accounts. */
  password: string;
}

/** An app registered with a simulated provider (Cognito's user pool, as the app). */
export interface IdpClient {
  clientId: string;
  clientSecret: string;
  /** The app's name on the consent page. */
  name: string;
  /** The redirect URIs registered for the client, matched exactly; without a list, any user pool domain's `/oauth2/idpresponse`. */
  redirectUris?: readonly string[];
}

/** What the pages say so that nobody takes them for the real provider. */
export const GOOGLE_LABEL = 'Simulated Google — not Google';
export const OIDC_LABEL = 'Simulated OIDC provider — example.com';

export const GOOGLE_USERS: readonly IdpUser[] = [
  {
    sub: '104857392017463829104',
    email: 'jane.doe@gmail.com',
    emailVerified: true,
    name: 'Jane Doe',
    givenName: 'Jane',
    familyName: 'Doe',
    picture: 'https://lh3.googleusercontent.com/a/simulated-jane-doe=s96-c',
    password: 'Jane-Passw0rd',
  },
  {
    sub: '117302948561029384756',
    email: 'sam.lee@gmail.com',
    emailVerified: true,
    name: 'Sam Lee',
    givenName: 'Sam',
    familyName: 'Lee',
    picture: 'https://lh3.googleusercontent.com/a/simulated-sam-lee=s96-c',
    password: 'Sam-Passw0rd',
  },
];

/** Google's OAuth client for the simulated user pools (Google's client ids end in `.apps.googleusercontent.com`, secrets start `GOCSPX-`). */
export const GOOGLE_CLIENT: IdpClient = {
  clientId: '123456789012-simulated.apps.googleusercontent.com',
  clientSecret: 'GOCSPX-simulatedGoogleClientSecret',
  name: 'Cognito Simulator',
};

/**
 * A single-page app's Google OAuth client (a "Web application" client in Google's console, `http://localhost` registered as
 * redirect URI: Google allows plain http for localhost). The app runs in the browser and never sends the secret: it asks
 * for the ID token itself (`response_type=id_token` with a nonce) and hands it to an identity pool.
 */
export const GOOGLE_SPA_CLIENT: IdpClient = {
  clientId: '123456789012-photonotesspa.apps.googleusercontent.com',
  clientSecret: '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rSent',
  name: 'Photo Notes',
  redirectUris: ['http://localhost'],
};

export const GOOGLE_CLIENTS: readonly IdpClient[] = [GOOGLE_CLIENT, GOOGLE_SPA_CLIENT];

export const OIDC_USERS: readonly IdpUser[] = [
  {
    sub: 'user-7f3a9c21',
    email: 'alex.kim@idp.example.com',
    emailVerified: true,
    name: 'Alex Kim',
    givenName: 'Alex',
    familyName: 'Kim',
    picture: 'https://idp.example.com/avatars/alex.png',
    password: 'Alex-Passw0rd',
  },
  {
    sub: 'user-2b8e4d90',
    email: 'rio.tanaka@idp.example.com',
    emailVerified: false,
    name: 'Rio Tanaka',
    givenName: 'Rio',
    familyName: 'Tanaka',
    picture: 'https://idp.example.com/avatars/rio.png',
    password: 'Rio-Passw0rd',
  },
];

export const OIDC_CLIENT: IdpClient = {
  clientId: 'cognito-simulator',
  clientSecret: 'simulated-oidc-client-secret',
  name: 'Cognito Simulator',
};

export const OIDC_CLIENTS: readonly IdpClient[] = [OIDC_CLIENT];

/** A user pool domain's federation callback (on `npm run cloud` also `{domain}.auth.{region}.localhost:{port}`). */
const IDP_RESPONSE =
  /^https?:\/\/[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.auth\.[a-z]{2}(?:-[a-z]+)+-\d+\.(?:amazoncognito\.com|localhost(?::\d+)?)\/oauth2\/idpresponse$/;

/** Whether the client accepts this redirect URI: one it lists, exactly, or else a user pool domain's `/oauth2/idpresponse` (see above). */
export function isRegisteredRedirect(uri: string, client?: IdpClient): boolean {
  if (client?.redirectUris) return client.redirectUris.includes(uri);
  return IDP_RESPONSE.test(uri) && (uri.startsWith('https://') || /\.localhost(?::\d+)?\//.test(uri));
}
