import { GOOGLE_AUTHORIZE, GOOGLE_CLIENT, GOOGLE_TOKEN, GOOGLE_USERS, type Cloud } from '../../../src/engine';
import { TestBrowser } from '../../support/browser';
import { authorizeUrl, IDP_RESPONSE, postForm, queryOf, signInAndAllow } from './support';

export const JANE = GOOGLE_USERS[0]!;
export const EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';
export const PROFILE_SCOPE = 'https://www.googleapis.com/auth/userinfo.profile';

export const signInUrl = (extra: Record<string, string> = {}) =>
  authorizeUrl(GOOGLE_AUTHORIZE, {
    client_id: GOOGLE_CLIENT.clientId,
    redirect_uri: IDP_RESPONSE,
    response_type: 'code',
    scope: 'profile email openid',
    state: 'cognito-state-1',
    ...extra,
  });

export const exchange = (cloud: Cloud, code: string, extra: Record<string, string> = {}) =>
  postForm(cloud, GOOGLE_TOKEN, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: IDP_RESPONSE,
    client_id: GOOGLE_CLIENT.clientId,
    client_secret: GOOGLE_CLIENT.clientSecret,
    ...extra,
  });

export async function codeFor(cloud: Cloud, extra: Record<string, string> = {}) {
  const browser = new TestBrowser(cloud);
  const back = await signInAndAllow(browser, signInUrl(extra), JANE.email, JANE.password);
  return { browser, code: queryOf(back.location)['code']! };
}
