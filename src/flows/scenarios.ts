/**
 * Starting points for lessons: each scenario builds what a lesson assumes in a fresh cloud (the article's pool, a user in
 * some state) through the same public API calls a developer would make, and says what it built.
 */
import type { Cloud } from '../engine';
import { hostedUiScenario } from './hostedUi/scenario';
import { machineToMachineScenario } from './machineToMachine/scenario';
import { syncDevicesScenario } from './syncDevices/scenario';
import { ARTICLE_USER, GUIDED_PASSWORDS, type ScenarioId, type ScenarioSetup } from './types';

type Idp = Cloud['cognitoIdp'];

/** The article's default pool: email required and auto-verified, the default password policy. */
async function articlePool(idp: Idp, explicitAuthFlows?: string[]): Promise<Required<Pick<ScenarioSetup, 'userPoolId' | 'clientId'>>> {
  const { UserPool } = await idp.createUserPool({
    PoolName: 'article-pool',
    AutoVerifiedAttributes: ['email'],
    Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }],
  });
  // Without ExplicitAuthFlows AWS allows SRP, custom auth and refresh, not USER_PASSWORD_AUTH: the article's first sign-in fails.
  const { UserPoolClient } = await idp.createUserPoolClient({
    UserPoolId: UserPool.Id,
    ClientName: 'article-app',
    ...(explicitAuthFlows ? { ExplicitAuthFlows: explicitAuthFlows } : {}),
  });
  return { userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId };
}

const PASSWORD_FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

async function signedUpUser(cloud: Cloud, clientId: string): Promise<void> {
  await cloud.cognitoIdp.signUp({
    ClientId: clientId,
    Username: ARTICLE_USER.username,
    Password: ARTICLE_USER.password,
    UserAttributes: [{ Name: 'email', Value: ARTICLE_USER.email }],
  });
}

async function confirmedUser(cloud: Cloud, clientId: string): Promise<void> {
  await signedUpUser(cloud, clientId);
  const code = [...cloud.outbox.entries].reverse().find((m) => m.to === ARTICLE_USER.email && m.code)?.code ?? '';
  await cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: ARTICLE_USER.username, ConfirmationCode: code });
}

/** The group the lessons' user belongs to: its name then rides in both tokens as `cognito:groups`, for your API to read. */
export const CUSTOMERS_GROUP = 'customers';

async function customersGroup(idp: Idp, userPoolId: string): Promise<void> {
  await idp.createGroup({ UserPoolId: userPoolId, GroupName: CUSTOMERS_GROUP, Description: 'People who buy from the shop: they may read their own orders.' });
  await idp.adminAddUserToGroup({ UserPoolId: userPoolId, Username: ARTICLE_USER.username, GroupName: CUSTOMERS_GROUP });
}

const articleUser = { username: ARTICLE_USER.username, password: ARTICLE_USER.password };

/** A confirmed user in the pool group `customers`, and an app client that allows USER_PASSWORD_AUTH and refresh. */
async function signInReady(cloud: Cloud): Promise<ScenarioSetup> {
  const ids = await articlePool(cloud.cognitoIdp, PASSWORD_FLOWS);
  await confirmedUser(cloud, ids.clientId);
  await customersGroup(cloud.cognitoIdp, ids.userPoolId);
  return { ...ids, ...articleUser };
}

/** The identity pools' scenarios load with the first lesson that starts from one. */
const identity = () => import('./credentials/scenarios');
const fourKinds = () => import('./fourKinds/scenarios');
/** The federation scenarios load with the first lesson that starts from one. */
const federation = () => import('./hostedUi/federationScenarios');

/** The hosted UI lessons' base: the article's pool and its confirmed user, an app client without a secret. */
async function hostedUiBase(cloud: Cloud): Promise<ScenarioSetup> {
  const ids = await articlePool(cloud.cognitoIdp);
  await confirmedUser(cloud, ids.clientId);
  return hostedUiScenario(cloud, { ...ids, ...articleUser });
}
const google = () => import('./googleIdentityPool/scenario');

export const scenarios: Record<ScenarioId, (cloud: Cloud) => Promise<ScenarioSetup>> = {
  /** Nothing in the cloud: for story lessons. */
  none: async () => ({}),
  /** The article's pool and app client (USER_PASSWORD_AUTH not allowed yet), no users. */
  emptyPool: async (cloud) => articlePool(cloud.cognitoIdp),
  /** The article's user signed up but not confirmed; the code sits in the inbox. */
  unconfirmedUser: async (cloud) => {
    const ids = await articlePool(cloud.cognitoIdp);
    await signedUpUser(cloud, ids.clientId);
    return { ...ids, ...articleUser, pendingConfirmation: true };
  },
  /** The article's user confirmed; the app client still does not allow USER_PASSWORD_AUTH. */
  confirmedUser: async (cloud) => {
    const ids = await articlePool(cloud.cognitoIdp);
    await confirmedUser(cloud, ids.clientId);
    return { ...ids, ...articleUser };
  },
  /** A confirmed user in the pool group `customers`, and an app client that allows USER_PASSWORD_AUTH and refresh. */
  signInReady,
  /** An administrator created the user with a temporary password: status FORCE_CHANGE_PASSWORD, invitation in the inbox. */
  adminCreatedUser: async (cloud) => {
    const ids = await articlePool(cloud.cognitoIdp, PASSWORD_FLOWS);
    await cloud.cognitoIdp.adminCreateUser({
      UserPoolId: ids.userPoolId,
      Username: ARTICLE_USER.username,
      TemporaryPassword: GUIDED_PASSWORDS.temporary,
      // AWS's default invitation medium is SMS; the article's user only has an email address.
      DesiredDeliveryMediums: ['EMAIL'],
      UserAttributes: [
        { Name: 'email', Value: ARTICLE_USER.email },
        { Name: 'email_verified', Value: 'true' },
      ],
    });
    return { ...ids, username: ARTICLE_USER.username, password: GUIDED_PASSWORDS.temporary };
  },
  /** An identity pool that lets guests in, the article's guest role (and an authenticated one), and the notes bucket. */
  guestPool: async (cloud) => (await identity()).guestPoolScenario(cloud),
  /** signInReady's pool as the identity pool's provider, the article's roles (no S3 for the signed-in yet), the notes bucket. */
  threeSteps: async (cloud) => (await identity()).threeStepsScenario(cloud, await signInReady(cloud)),
  /** threeSteps, with the user already signed in on another device: their login already belongs to an identity. */
  signedInElsewhere: async (cloud) => (await identity()).signedInElsewhereScenario(cloud, await signInReady(cloud)),
  /** threeSteps without the user: the article's user is yet to sign up (a guest who signs up later). */
  guestSignsUp: async (cloud) => ({
    ...(await (await identity()).threeStepsScenario(cloud, await articlePool(cloud.cognitoIdp, PASSWORD_FLOWS))),
    ...articleUser,
  }),
  /** A classic-flow identity pool (AllowClassicFlow, guests, no RoleMappings) and the article's roles. */
  classicPool: async (cloud) => (await identity()).classicPoolScenario(cloud),
  /** The article's four kinds of user, roles mapped by the ID token's cognito:preferred_role (fourKinds/scenarios.ts). */
  fourKindsByToken: async (cloud) => (await fourKinds()).fourKindsByToken(cloud),
  /** The four kinds again, roles mapped by rules on the token's claims (cognito:groups, custom:plan). */
  fourKindsByRules: async (cloud) => (await fourKinds()).fourKindsByRules(cloud),
  /** signInReady's user as an identity pool's provider; the role may sync the identity's own datasets (syncDevices/scenario.ts). */
  syncDevices: async (cloud) => syncDevicesScenario(cloud, await signInReady(cloud)),
  /** The article's confirmed user and an app client without a secret, before App integration: no domain, no OAuth settings. */
  hostedUiSetup: hostedUiBase,
  /** hostedUiSetup with the domain, a Google identity provider and the app client's code grant through it (hostedUi/federationScenarios.ts). */
  googleFederation: async (cloud) => (await federation()).googleFederation(cloud, await hostedUiBase(cloud)),
  /** The same with the generic OIDC provider at idp.example.com, found by its issuer's discovery document. */
  oidcFederation: async (cloud) => (await federation()).oidcFederation(cloud, await hostedUiBase(cloud)),
  /** The same with the simulated SAML IdP (by its metadata URL), its attribute mapping and the identifier example.com. */
  samlFederation: async (cloud) => (await federation()).samlFederation(cloud, await hostedUiBase(cloud)),
  /** googleFederation, with jane.doe@gmail.com's Google account linked to the article's user (AdminLinkProviderForUser). */
  linkGoogleUser: async (cloud) => (await federation()).linkGoogleUser(cloud, await hostedUiBase(cloud)),
  /** signInReady's pool, user and app client, and the domain article-shop: no resource server, no machine client yet. */
  machineToMachine: async (cloud) => machineToMachineScenario(cloud, await signInReady(cloud)),
  /** No user pool: an identity pool trusting the app's Google client, its authenticated role (own S3 prefix), the bucket. */
  googleIdentityPool: async (cloud) => (await google()).googleIdentityPoolScenario(cloud),
};

export const SCENARIO_IDS = Object.keys(scenarios) as ScenarioId[];
