/** The simulated Google's addresses, as Cognito's Google identity provider type and Google's discovery document name them. */
export const GOOGLE_ISSUER = 'https://accounts.google.com';
export const GOOGLE_DISCOVERY = 'https://accounts.google.com/.well-known/openid-configuration';
export const GOOGLE_AUTHORIZE = 'https://accounts.google.com/o/oauth2/v2/auth';
/** The token endpoint Cognito calls; Google's discovery document names `https://oauth2.googleapis.com/token`, which answers too. */
export const GOOGLE_TOKEN = 'https://www.googleapis.com/oauth2/v4/token';
export const GOOGLE_JWKS = 'https://www.googleapis.com/oauth2/v3/certs';
export const GOOGLE_USERINFO = 'https://www.googleapis.com/oauth2/v3/userinfo';
export const GOOGLE_PEOPLE_ME = 'https://people.googleapis.com/v1/people/me';
