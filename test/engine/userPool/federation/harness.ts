import { SERVICES, SITES, cognitoIdp, type SiteDescriptor } from '../../../../src/engine';
import type { ActionContext } from '../../../../src/engine/userPool/lib/context';
import { bodyText } from '../../../../src/engine/protocol/wire';
import { signInFederatedUser } from '../../../../src/engine/userPool/lib/federatedUsers';
import { issueTokens } from '../../../../src/engine/userPool/lib/tokens';
import { newCloud } from '../../../support/cloud';

export const HARNESS_URL = 'https://federation.test.example/idpresponse';

/**
 * A test-only site in front of the user pool, standing where `/oauth2/idpresponse` will: it takes the provider's claims as
 * JSON, signs the provider's user in with signInFederatedUser and answers the user pool's tokens, inside the cloud's
 * pipeline (its state, clock and generator).
 */
const harness: SiteDescriptor = {
  kind: 'site',
  id: 'federation-test-harness',
  participant: 'Federation harness',
  backEnd: cognitoIdp,
  matchHost: (host) => (host === 'federation.test.example' ? {} : undefined),
  handle: async (context, request) => {
    const ctx = context as ActionContext;
    const { UserPoolId, ProviderName, ClientId, claims } = JSON.parse(bodyText(request.body)) as {
      UserPoolId: string;
      ProviderName: string;
      ClientId: string;
      claims: Record<string, unknown>;
    };
    const pool = ctx.state.pools[UserPoolId]!;
    const provider = pool.identityProviders[ProviderName]!;
    const { user, created, linked } = signInFederatedUser(ctx, pool, provider, claims);
    const tokens = await issueTokens(ctx, pool, pool.clients[ClientId]!, user, { authTime: ctx.now, withRefreshToken: false });
    const body = JSON.stringify({ Username: user.username, created, linked, IdToken: tokens.IdToken, AccessToken: tokens.AccessToken });
    return { status: 200, headers: { 'content-type': 'application/json' }, body };
  },
};

export const harnessCloud = () => newCloud({ registry: { services: SERVICES, sites: [...SITES, harness] } });

export interface HarnessAnswer {
  Username: string;
  created: boolean;
  linked: boolean;
  IdToken: string;
  AccessToken: string;
}

/** Signs a provider's user in through the harness. */
export async function federatedSignIn(
  cloud: { fetch(input: string, init?: RequestInit): Promise<Response> },
  request: { UserPoolId: string; ProviderName: string; ClientId: string; claims: Record<string, unknown> },
): Promise<HarnessAnswer> {
  const response = await cloud.fetch(HARNESS_URL, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  if (response.status !== 200) throw new Error(`harness answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as HarnessAnswer;
}
