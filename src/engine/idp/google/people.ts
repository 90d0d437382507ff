/**
 * Google's People API, as far as Cognito reads it for a Google user's attributes: `GET /v1/people/me?personFields=…` with
 * the access token as a bearer. `names` needs the `profile` scope and `emailAddresses` the `email` scope (a field the token
 * may not read is left out [U]); `photos` comes with `profile`; other valid fields are left out (the person has none). Errors are Google APIs' JSON `{error: {code, message, status}}`.
 */
import type { WireResponse } from '../../protocol/wire';
import type { IdpVisit } from '../lib/provider';
import { jsonAnswer } from '../lib/token';
import { bearerGrant } from '../lib/userInfo';

const DOCS = 'https://developers.google.com/people/api/rest/v1/people/get';
/** The People API's person fields (people.get's `personFields`); a simulated person has names, emailAddresses and photos. */
const FIELDS: readonly string[] = [
  'addresses',
  'ageRanges',
  'biographies',
  'birthdays',
  'calendarUrls',
  'clientData',
  'coverPhotos',
  'emailAddresses',
  'events',
  'externalIds',
  'genders',
  'imClients',
  'interests',
  'locales',
  'locations',
  'memberships',
  'metadata',
  'miscKeywords',
  'names',
  'nicknames',
  'occupations',
  'organizations',
  'phoneNumbers',
  'photos',
  'relations',
  'sipAddresses',
  'skills',
  'urls',
  'userDefined',
];

function apiError(code: number, status: string, message: string, headers: Record<string, string> = {}): WireResponse {
  return jsonAnswer(code, { error: { code, message, status } }, headers);
}

export function peopleMe(visit: IdpVisit): WireResponse {
  if (visit.request.method !== 'GET') return apiError(405, 'METHOD_NOT_ALLOWED', 'The people/me resource answers GET here.');
  const grant = bearerGrant(visit);
  if (!grant) {
    const sent = Boolean(visit.request.headers['authorization']);
    return apiError(
      401,
      'UNAUTHENTICATED',
      sent
        ? 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.'
        : 'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
      { 'www-authenticate': 'Bearer realm="https://accounts.google.com/", error="invalid_token"' },
    );
  }
  const mask = (visit.request.url.searchParams.get('personFields') ?? visit.request.url.searchParams.get('person.fields') ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (mask.length === 0) {
    return apiError(400, 'INVALID_ARGUMENT', `personFields mask is required. Please specify one or more valid paths. Valid paths are documented at ${DOCS}.`);
  }
  const wrong = mask.find((f) => !FIELDS.includes(f));
  // SIMPLIFIED: a simulated person has only names, email addresses and photos; any other valid field is answered as empty (left out).
  if (wrong) return apiError(400, 'INVALID_ARGUMENT', `Invalid personFields mask path: "${wrong}". Valid paths are documented at ${DOCS}.`);
  const { user, token } = grant;
  const source = (type: string) => ({ primary: true, source: { type, id: user.sub } });
  const person: Record<string, unknown> = { resourceName: `people/${user.sub}`, etag: `%Eg${user.sub.slice(0, 8)}simulated` };
  if (mask.includes('names') && token.scopes.includes('profile')) {
    person['names'] = [
      {
        metadata: source('PROFILE'),
        displayName: user.name,
        familyName: user.familyName,
        givenName: user.givenName,
        displayNameLastFirst: `${user.familyName}, ${user.givenName}`,
        unstructuredName: user.name,
      },
    ];
  }
  if (mask.includes('emailAddresses') && token.scopes.includes('email')) {
    person['emailAddresses'] = [{ metadata: { ...source('ACCOUNT'), verified: user.emailVerified }, value: user.email }];
  }
  if (mask.includes('photos') && token.scopes.includes('profile')) person['photos'] = [{ metadata: source('PROFILE'), url: user.picture }];
  return jsonAnswer(200, person);
}
