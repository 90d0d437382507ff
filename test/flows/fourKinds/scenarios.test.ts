import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import type { Cloud } from '../../../src/engine';
import { FOUR_KINDS_USERS, fourKindsByRules, fourKindsByToken, ROLE_NAMES, type FourKindsSetup, type Kind } from '../../../src/flows/fourKinds/scenarios';
import { newCloud } from '../../support/cloud';
import { sendSigned } from '../../support/sign';

/** The ID token the kind's user gets (none for a guest). */
async function idTokenOf(cloud: Cloud, setup: FourKindsSetup, kind: Kind): Promise<string | undefined> {
  if (kind === 'guest') return undefined;
  const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: setup.clientId,
    AuthParameters: { USERNAME: setup.users[kind].username, PASSWORD: setup.users[kind].password },
  });
  return AuthenticationResult!.IdToken!;
}

/** The assumed-role ARN the kind's enhanced-flow credentials act as (STS GetCallerIdentity, signed with them). */
async function callerOf(cloud: Cloud, setup: FourKindsSetup, kind: Kind): Promise<string | undefined> {
  const token = await idTokenOf(cloud, setup, kind);
  const Logins = token ? { [setup.providerName]: token } : undefined;
  const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: setup.identityPoolId, ...(Logins ? { Logins } : {}) });
  const { Credentials } = await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId, ...(Logins ? { Logins } : {}) });
  const response = await sendSigned(cloud, 'https://sts.amazonaws.com/', 'Action=GetCallerIdentity&Version=2011-06-15', {
    credentials: { accessKeyId: Credentials.AccessKeyId, secretAccessKey: Credentials.SecretKey, sessionToken: Credentials.SessionToken },
    region: 'us-east-1',
  });
  return /<Arn>([^<]+)<\/Arn>/.exec(await response.text())?.[1];
}

const sessionOf = (cloud: Cloud, kind: Kind) => `arn:aws:sts::${cloud.accountId}:assumed-role/${ROLE_NAMES[kind]}/CognitoIdentityCredentials`;

describe('the four kinds of user, roles mapped by token', () => {
  it("gives the administrator, in both groups, the lower precedence's role as cognito:preferred_role, and lists both in cognito:roles", async () => {
    const cloud = await newCloud();
    const setup = await fourKindsByToken(cloud);
    const claims = decodeJwt((await idTokenOf(cloud, setup, 'admin'))!);
    expect(claims['cognito:groups']).toEqual(['admins', 'premium']);
    expect(claims['cognito:preferred_role']).toBe(setup.roles.admin);
    expect(claims['cognito:roles']).toEqual([setup.roles.admin, setup.roles.premium]);
    expect(decodeJwt((await idTokenOf(cloud, setup, 'premium'))!)['cognito:preferred_role']).toBe(setup.roles.premium);
    expect(decodeJwt((await idTokenOf(cloud, setup, 'authenticated'))!)['cognito:preferred_role']).toBeUndefined();
  });

  it.each(['admin', 'premium', 'authenticated', 'guest'] as const)('gives the %s its own role', async (kind) => {
    const cloud = await newCloud();
    const setup = await fourKindsByToken(cloud);
    expect(await callerOf(cloud, setup, kind)).toBe(sessionOf(cloud, kind));
  });
});

describe('the four kinds of user, roles mapped by rules', () => {
  it('puts no role in the groups, so the tokens carry no cognito:preferred_role, only custom:plan and the groups', async () => {
    const cloud = await newCloud();
    const setup = await fourKindsByRules(cloud);
    const claims = decodeJwt((await idTokenOf(cloud, setup, 'admin'))!);
    expect(claims['cognito:preferred_role']).toBeUndefined();
    expect(claims['cognito:groups']).toEqual(['admins', 'premium']);
    expect(claims['custom:plan']).toBe(FOUR_KINDS_USERS.admin.plan);
    expect(decodeJwt((await idTokenOf(cloud, setup, 'authenticated'))!)['custom:plan']).toBe('free');
    const { RoleMappings } = await cloud.cognitoIdentity.getIdentityPoolRoles({ IdentityPoolId: setup.identityPoolId });
    expect(RoleMappings?.[`${setup.providerName}:${setup.clientId}`]?.Type).toBe('Rules');
  });

  it.each(['admin', 'premium', 'authenticated', 'guest'] as const)('gives the %s its own role by the first rule that matches', async (kind) => {
    const cloud = await newCloud();
    const setup = await fourKindsByRules(cloud);
    expect(await callerOf(cloud, setup, kind)).toBe(sessionOf(cloud, kind));
  });
});
