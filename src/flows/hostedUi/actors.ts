/**
 * The hosted UI flow's own actors: the console saving App integration (the developer's calls to the user pool), the
 * simulated browser (its requests through `cloud.fetch`), and the app's code exchange at the token endpoint.
 */
import { fromPromise } from 'xstate';
import type { Cloud } from '../../engine';
import { toFlowError } from '../cloudActors';
import type { FlowError, ScenarioSetup } from '../types';
import { browse } from './browse';
import { hostedUiBase, type AppSettings } from './oauth';
import type { HostedUiActors, TokenAnswer } from './setup';

/** The client's settings as DescribeUserPoolClient gives them, minus what UpdateUserPoolClient does not take. */
const READ_ONLY = ['ClientSecret', 'CreationDate', 'LastModifiedDate'];

/**
 * App integration's Save, as the console does it: the domain first (CreateUserPoolDomain, after DeleteUserPoolDomain when
 * the prefix changed), then UpdateUserPoolClient with the client's other settings kept (an update resets what it leaves out).
 */
async function saveIntegration(cloud: Cloud, setup: ScenarioSetup, settings: AppSettings): Promise<AppSettings> {
  const UserPoolId = setup.userPoolId ?? '';
  const { UserPool } = await cloud.cognitoIdp.describeUserPool({ UserPoolId });
  const current = (UserPool as { Domain?: string }).Domain;
  if (current !== settings.domain) {
    if (current) await cloud.cognitoIdp.deleteUserPoolDomain({ UserPoolId, Domain: current });
    await cloud.cognitoIdp.createUserPoolDomain({ UserPoolId, Domain: settings.domain });
  }
  const { UserPoolClient } = await cloud.cognitoIdp.describeUserPoolClient({ UserPoolId, ClientId: setup.clientId ?? '' });
  const kept = Object.fromEntries(Object.entries(UserPoolClient as Record<string, unknown>).filter(([key]) => !READ_ONLY.includes(key)));
  await cloud.cognitoIdp.updateUserPoolClient({
    ...(kept as { UserPoolId: string; ClientId: string }),
    SupportedIdentityProviders: ['COGNITO'],
    CallbackURLs: [settings.callbackUrl],
    LogoutURLs: settings.signOutUrl ? [settings.signOutUrl] : [],
    AllowedOAuthFlows: settings.flows,
    AllowedOAuthScopes: settings.scopes,
    AllowedOAuthFlowsUserPoolClient: true,
  });
  return settings;
}

/** The code grant's exchange: a form POST to `/oauth2/token` with the code, the callback and the PKCE verifier. */
async function exchangeCode(cloud: Cloud, setup: ScenarioSetup, settings: AppSettings, code: string, verifier?: string): Promise<TokenAnswer> {
  const body = new URLSearchParams({ grant_type: 'authorization_code', client_id: setup.clientId ?? '', code, redirect_uri: settings.callbackUrl });
  if (verifier) body.set('code_verifier', verifier);
  const response = await cloud.fetch(`${hostedUiBase(settings.domain, setup.region ?? cloud.region)}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok)
    throw { code: String(answer['error'] ?? `HTTP ${response.status}`), message: String(answer['error_description'] ?? '') } satisfies FlowError;
  return answer as unknown as TokenAnswer;
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
    saveIntegration: fromPromise(({ input }) => call(() => saveIntegration(cloud, input.setup, input.settings))),
    browse: fromPromise(({ input }) => call(() => browse(cloud, input.browser, input.request, input.settings))),
    exchangeCode: fromPromise(({ input }) => call(() => exchangeCode(cloud, input.setup, input.settings, input.code, input.verifier))),
  };
}
