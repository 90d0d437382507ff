/**
 * Starting points for the identity-pool lessons, built through the public API as a developer would: an identity pool
 * that lets guests in, the article's three steps (a user pool as the identity pool's provider, the article's role
 * policies, a notes bucket), the same with the user already signed in on another device, and a classic-flow pool.
 */
import { ARTICLE_AUTHENTICATED_ROLE_POLICY, ARTICLE_UNAUTHENTICATED_ROLE_POLICY, cognitoTrustPolicy, userPoolIssuer, type Cloud } from '../../engine';
import type { ScenarioSetup } from '../types';

/** The app's bucket: each identity keeps its notes under `<identityId>/`. */
export const NOTES_BUCKET = 'article-notes';
/** The article's role names (the console's default names for an identity pool called `article`). */
export const AUTH_ROLE_NAME = 'Cognito_articleAuth_Role';
export const GUEST_ROLE_NAME = 'Cognito_articleUnauth_Role';
/** The inline policy each role carries: the article's permissions. */
export const ARTICLE_POLICY_NAME = 'article-permissions';

type Roles = Pick<ScenarioSetup, 'authRoleName' | 'authRoleArn' | 'guestRoleName' | 'guestRoleArn'>;

async function role(cloud: Cloud, RoleName: string, identityPoolId: string, amr: 'authenticated' | 'unauthenticated', policy: object): Promise<string> {
  const { Role } = await cloud.iam.createRole({ RoleName, AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(identityPoolId, amr)) });
  await cloud.iam.putRolePolicy({ RoleName, PolicyName: ARTICLE_POLICY_NAME, PolicyDocument: JSON.stringify(policy) });
  return Role.Arn;
}

/** Both roles with Cognito's trust policies and the article's permissions, set as the pool's default roles. */
async function articleRoles(cloud: Cloud, identityPoolId: string): Promise<Roles> {
  const authRoleArn = await role(cloud, AUTH_ROLE_NAME, identityPoolId, 'authenticated', ARTICLE_AUTHENTICATED_ROLE_POLICY);
  const guestRoleArn = await role(cloud, GUEST_ROLE_NAME, identityPoolId, 'unauthenticated', ARTICLE_UNAUTHENTICATED_ROLE_POLICY);
  await cloud.cognitoIdentity.setIdentityPoolRoles({ IdentityPoolId: identityPoolId, Roles: { authenticated: authRoleArn, unauthenticated: guestRoleArn } });
  return { authRoleName: AUTH_ROLE_NAME, authRoleArn, guestRoleName: GUEST_ROLE_NAME, guestRoleArn };
}

/** The notes bucket, and a note of another identity (a guest on another device) under its own prefix. */
async function notesBucket(cloud: Cloud, identityPoolId: string): Promise<Pick<ScenarioSetup, 'bucket' | 'otherIdentityId'>> {
  await cloud.s3.createBucket({ Bucket: NOTES_BUCKET });
  const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: identityPoolId });
  await cloud.s3.putObject({ Bucket: NOTES_BUCKET, Key: `${IdentityId}/notes.txt`, Body: 'Someone else’s notes.' } as never);
  return { bucket: NOTES_BUCKET, otherIdentityId: IdentityId! };
}

/** An identity pool that lets guests in (enhanced flow), with the article's guest role and the notes bucket. */
export async function guestPoolScenario(cloud: Cloud): Promise<ScenarioSetup> {
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({ IdentityPoolName: 'article', AllowUnauthenticatedIdentities: true });
  return { identityPoolId: IdentityPoolId, ...(await articleRoles(cloud, IdentityPoolId)), ...(await notesBucket(cloud, IdentityPoolId)) };
}

/**
 * The article's three steps: the sign-in-ready user pool (given), an identity pool with it as provider that also lets
 * guests in, the article's roles, and the notes bucket. The authenticated role has only the article's preset, which
 * allows no S3 action: a guided step adds the per-identity statement.
 */
export async function threeStepsScenario(cloud: Cloud, userPool: ScenarioSetup): Promise<ScenarioSetup> {
  const providerName = userPoolIssuer(userPool.userPoolId ?? '').replace(/^https:\/\//, '');
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: 'article',
    AllowUnauthenticatedIdentities: true,
    CognitoIdentityProviders: [{ ProviderName: providerName, ClientId: userPool.clientId ?? '' }],
  });
  const roles = await articleRoles(cloud, IdentityPoolId);
  return { ...userPool, identityPoolId: IdentityPoolId, providerName, ...roles, ...(await notesBucket(cloud, IdentityPoolId)) };
}

/** The three steps, with the user already signed in on another device: their login belongs to an identity of its own. */
export async function signedInElsewhereScenario(cloud: Cloud, userPool: ScenarioSetup): Promise<ScenarioSetup> {
  const setup = await threeStepsScenario(cloud, userPool);
  const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: setup.clientId ?? '',
    AuthParameters: { USERNAME: setup.username ?? '', PASSWORD: setup.password ?? '' },
  });
  await cloud.cognitoIdentity.getId({
    IdentityPoolId: setup.identityPoolId ?? '',
    Logins: { [setup.providerName ?? '']: AuthenticationResult?.IdToken ?? '' },
  });
  return setup;
}

/** A pool for the basic (classic) flow: AllowClassicFlow, guests allowed, no RoleMappings; the app assumes the guest role itself. */
export async function classicPoolScenario(cloud: Cloud): Promise<ScenarioSetup> {
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: 'article',
    AllowUnauthenticatedIdentities: true,
    AllowClassicFlow: true,
  });
  return { identityPoolId: IdentityPoolId, ...(await articleRoles(cloud, IdentityPoolId)) };
}
