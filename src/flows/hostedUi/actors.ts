/**
 * The hosted UI flow's own actors: the console saving App integration (the developer's calls to the user pool), the
 * simulated browser (its requests through `cloud.fetch`), and the app's code exchange at the token endpoint.
 */
import { fromPromise } from 'xstate';
import type { Cloud } from '../../engine';
import { toFlowError } from '../cloudActors';
import type { FlowError, ScenarioSetup } from '../types';
import { browse } from './browse';
import { GOOGLE_PERSON, GOOGLE_PROVIDER } from './scenario';
import { basicAuthorization, hostedUiBase, type AppSettings, type ServerCredentials } from './oauth';
import type { CodeExchange, HostedUiActors, SavedIntegration, TokenAnswer } from './setup';

/** The client's settings as DescribeUserPoolClient gives them, minus what UpdateUserPoolClient does not take. */
const READ_ONLY = ['ClientSecret', 'CreationDate', 'LastModifiedDate'];

/** The client's OAuth settings as App integration saves them (the pool's own users, and the scenario's provider if any). */
function oauthSettingsOf(settings: AppSettings, setup: ScenarioSetup) {
  return {
    SupportedIdentityProviders: ['COGNITO', ...(setup.identityProvider ? [setup.identityProvider] : [])],
    CallbackURLs: [settings.callbackUrl],
    LogoutURLs: settings.signOutUrl ? [settings.signOutUrl] : [],
    AllowedOAuthFlows: settings.flows,
    AllowedOAuthScopes: settings.scopes,
    AllowedOAuthFlowsUserPoolClient: true,
  };
}

/** The name the console gives the confidential app client it creates for the server-side app. */
export const SERVER_CLIENT_NAME = 'article-server-app';

/**
 * App integration's Save, as the console does it: the domain first (CreateUserPoolDomain, after DeleteUserPoolDomain when
 * the prefix changed), then the app client. The article's public client is updated with UpdateUserPoolClient, its other
 * settings kept (an update resets what it leaves out). Whether a client has a secret is settled when it is created
 * (GenerateSecret on CreateUserPoolClient; UpdateUserPoolClient cannot add one, and AddUserPoolClientSecret only adds a
 * second secret to a client that has one), so the first save of that type creates a client with the same OAuth
 * settings, and later saves update it.
 */
async function saveIntegration(cloud: Cloud, setup: ScenarioSetup, settings: AppSettings, server?: ServerCredentials): Promise<SavedIntegration> {
  const UserPoolId = setup.userPoolId ?? '';
  const { UserPool } = await cloud.cognitoIdp.describeUserPool({ UserPoolId });
  const current = (UserPool as { Domain?: string }).Domain;
  if (current !== settings.domain) {
    if (current) await cloud.cognitoIdp.deleteUserPoolDomain({ UserPoolId, Domain: current });
    await cloud.cognitoIdp.createUserPoolDomain({ UserPoolId, Domain: settings.domain });
  }
  if (settings.clientType === 'confidential' && !server) {
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
      UserPoolId,
      ClientName: SERVER_CLIENT_NAME,
      GenerateSecret: true,
      ...oauthSettingsOf(settings, setup),
    });
    return { ...settings, clientId: UserPoolClient.ClientId, clientSecret: UserPoolClient.ClientSecret ?? '' };
  }
  const ClientId = settings.clientType === 'confidential' && server ? server.clientId : (setup.clientId ?? '');
  const { UserPoolClient } = await cloud.cognitoIdp.describeUserPoolClient({ UserPoolId, ClientId });
  const kept = Object.fromEntries(Object.entries(UserPoolClient as Record<string, unknown>).filter(([key]) => !READ_ONLY.includes(key)));
  await cloud.cognitoIdp.updateUserPoolClient({ ...(kept as { UserPoolId: string; ClientId: string }), ...oauthSettingsOf(settings, setup) });
  const secret = (UserPoolClient as { ClientSecret?: string }).ClientSecret;
  return { ...settings, clientId: ClientId, ...(secret ? { clientSecret: secret } : {}) };
}

/**
 * The code grant's exchange: a form POST to `/oauth2/token` with the code, the callback and the PKCE verifier. A public
 * client names itself with `client_id` in the body; a confidential client's server authenticates with HTTP Basic.
 */
async function exchangeCode(cloud: Cloud, setup: ScenarioSetup, settings: AppSettings, exchange: CodeExchange): Promise<TokenAnswer> {
  const body = new URLSearchParams({ grant_type: 'authorization_code', code: exchange.code, redirect_uri: settings.callbackUrl });
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (exchange.clientSecret !== undefined) headers['authorization'] = basicAuthorization({ clientId: exchange.clientId, clientSecret: exchange.clientSecret });
  else body.set('client_id', exchange.clientId);
  if (exchange.verifier) body.set('code_verifier', exchange.verifier);
  const response = await cloud.fetch(`${hostedUiBase(settings.domain, setup.region ?? cloud.region)}/oauth2/token`, {
    method: 'POST',
    headers,
    body: body.toString(),
  });
  const text = await response.text();
  const answer = (() => {
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      return {};
    }
  })();
  if (!response.ok) {
    // The token endpoint sends no error_description: the app shows the status and the answer as they came.
    const message = typeof answer['error_description'] === 'string' ? answer['error_description'] : `POST /oauth2/token answered ${response.status} ${text}`;
    throw { code: String(answer['error'] ?? `HTTP ${response.status}`), message } satisfies FlowError;
  }
  return answer as unknown as TokenAnswer;
}

/**
 * The administrator links Jane Doe's Google account to the article's user: AdminLinkProviderForUser with her Google
 * subject (`Cognito_Subject`). AWS links only an identity that has not signed in yet; with `replace`, her own user
 * `Google_<sub>` is deleted first (AdminDeleteUser), as AWS's error asks.
 */
async function linkUser(cloud: Cloud, setup: ScenarioSetup, replace: boolean): Promise<void> {
  const UserPoolId = setup.userPoolId ?? '';
  const ProviderName = setup.identityProvider ?? GOOGLE_PROVIDER;
  if (replace) await cloud.cognitoIdp.adminDeleteUser({ UserPoolId, Username: `${ProviderName}_${GOOGLE_PERSON.sub}` });
  await cloud.cognitoIdp.adminLinkProviderForUser({
    UserPoolId,
    DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: setup.username ?? '' },
    SourceUser: { ProviderName, ProviderAttributeName: 'Cognito_Subject', ProviderAttributeValue: GOOGLE_PERSON.sub },
  });
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toFlowError(error);
  }
}

export function createHostedUiActors(cloud: Cloud): HostedUiActors {
  return {
    saveIntegration: fromPromise(({ input }) => call(() => saveIntegration(cloud, input.setup, input.settings, input.server))),
    browse: fromPromise(({ input }) => call(() => browse(cloud, input.browser, input.request, input.settings))),
    exchangeCode: fromPromise(({ input }) => call(() => exchangeCode(cloud, input.setup, input.settings, input.exchange))),
    linkUser: fromPromise(({ input }) => call(() => linkUser(cloud, input.setup, input.replace))),
  };
}
