import { describe, expect, it } from 'vitest';
import { cognitoTrustPolicy, HOUR, perIdentityS3Policy, sts } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { sendSigned } from '../../support/sign';
import { callerArnOf, credentialPool, keysOf, type IdentityCredentials } from './support';

const INVALID = 'Invalid identity pool configuration. Check assigned IAM roles for this pool.';

describe('GetCredentialsForIdentity (the enhanced flow)', () => {
  it("gives a guest STS credentials for the pool's unauthenticated role, as a CognitoIdentityCredentials session valid one hour", async () => {
    const cloud = await newCloud();
    const pool = await credentialPool(cloud);
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId });
    const answer = await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId });
    expect(answer.IdentityId).toBe(IdentityId);
    const credentials = answer.Credentials as IdentityCredentials;
    expect(Object.keys(credentials).sort()).toEqual(['AccessKeyId', 'Expiration', 'SecretKey', 'SessionToken']);
    expect(credentials.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(credentials.SecretKey).toHaveLength(40);
    // JSON timestamps are epoch seconds.
    expect(credentials.Expiration).toBe((cloud.clock.now() + HOUR) / 1000);
    expect(await callerArnOf(cloud, credentials)).toBe(`arn:aws:sts::${cloud.accountId}:assumed-role/Guest/CognitoIdentityCredentials`);
    // The enhanced flow is Cognito's own AssumeRoleWithWebIdentity, a nested call the log shows under GetCredentialsForIdentity.
    const nested = cloud.log.entries.find((e) => e.action === 'AssumeRoleWithWebIdentity');
    expect(nested?.parent).toBe(cloud.log.entries.find((e) => e.action === 'GetCredentialsForIdentity')?.requestId);
  });

  it("scopes a guest's session down with AWS's session policies: a permission outside them is denied though the role grants it", async () => {
    const cloud = await newCloud();
    const everything = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:ListAllMyBuckets', 'iam:ListRoles'], Resource: '*' }] };
    const pool = await credentialPool(cloud, { guest: everything });
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId });
    const credentials = (await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId })).Credentials as IdentityCredentials;
    const session = cloud.records(sts).credentials[credentials.AccessKeyId]!;
    expect(session.sessionPolicies).toHaveLength(2);
    const buckets = await sendSigned(cloud, 'https://s3.us-east-1.amazonaws.com/', '', { credentials: keysOf(credentials), method: 'GET', service: 's3' });
    expect(buckets.status).toBe(200);
    const roles = await sendSigned(cloud, 'https://iam.amazonaws.com/', 'Action=ListRoles&Version=2010-05-08', {
      credentials: keysOf(credentials),
      region: 'us-east-1',
    });
    expect(roles.status).toBe(403);
    expect(await roles.text()).toContain(
      `User: arn:aws:sts::${cloud.accountId}:assumed-role/Guest/CognitoIdentityCredentials is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::${cloud.accountId}:role/ because no session policy allows the iam:ListRoles action`,
    );
  });

  it('gives a signed-in identity the authenticated role, and refuses it without its login', async () => {
    const cloud = await newCloud();
    const pool = await credentialPool(cloud);
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId, Logins: pool.logins });
    const credentials = (await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId, Logins: pool.logins })).Credentials as IdentityCredentials;
    expect(await callerArnOf(cloud, credentials)).toBe(`arn:aws:sts::${cloud.accountId}:assumed-role/Auth/CognitoIdentityCredentials`);
    expect(cloud.records(sts).credentials[credentials.AccessKeyId]!.sessionPolicies).toEqual([]);
    await expectAwsError(
      cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId }),
      'NotAuthorizedException',
      "Logins don't match. Please include at least one valid login for this identity or identity pool.",
    );
  });

  it('lets an identity write under its own S3 prefix and refuses another identity’s (the per-identity policy)', async () => {
    const cloud = await newCloud();
    const pool = await credentialPool(cloud, { auth: perIdentityS3Policy('notes') });
    await cloud.s3.createBucket({ Bucket: 'notes' });
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId, Logins: pool.logins });
    const credentials = (await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId, Logins: pool.logins })).Credentials as IdentityCredentials;
    const put = (key: string) =>
      sendSigned(cloud, `https://notes.s3.us-east-1.amazonaws.com/${key}`, 'hello', { credentials: keysOf(credentials), method: 'PUT', service: 's3' });
    expect((await put(`${IdentityId}/a.txt`)).status).toBe(200);
    const other = await put('us-east-1:00000000-0000-4000-8000-000000000000/a.txt');
    expect(other.status).toBe(403);
    expect(await other.text()).toContain('<Code>AccessDenied</Code>');
  });

  it('answers InvalidIdentityPoolConfigurationException when the pool has no role for the identity, or the role does not trust it', async () => {
    const cloud = await newCloud();
    const pool = await credentialPool(cloud);
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId });
    await cloud.cognitoIdentity.setIdentityPoolRoles({ IdentityPoolId: pool.identityPoolId, Roles: { authenticated: pool.authRole } });
    await expectAwsError(cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId }), 'InvalidIdentityPoolConfigurationException', INVALID);
    // The authenticated role trusts only signed-in identities: a guest given it is refused by its trust policy.
    await cloud.cognitoIdentity.setIdentityPoolRoles({ IdentityPoolId: pool.identityPoolId, Roles: { unauthenticated: pool.authRole } });
    await expectAwsError(cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId }), 'InvalidIdentityPoolConfigurationException', INVALID);
    await cloud.cognitoIdentity.setIdentityPoolRoles({
      IdentityPoolId: pool.identityPoolId,
      Roles: { unauthenticated: `arn:aws:iam::${cloud.accountId}:role/Missing` },
    });
    await expectAwsError(cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId }), 'InvalidIdentityPoolConfigurationException', INVALID);
  });

  it("chooses the role by the token's cognito:preferred_role under a Token role mapping", async () => {
    const cloud = await newCloud();
    const pool = await credentialPool(cloud);
    const { Role } = await cloud.iam.createRole({
      RoleName: 'Editors',
      AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(pool.identityPoolId, 'authenticated')),
    });
    await cloud.cognitoIdp.createGroup({ UserPoolId: pool.userPoolId, GroupName: 'editors', RoleArn: Role.Arn, Precedence: 1 });
    await cloud.cognitoIdp.adminAddUserToGroup({ UserPoolId: pool.userPoolId, Username: 'abc.xyz@gmail.com', GroupName: 'editors' });
    const signedIn = await cloud.cognitoIdp.initiateAuth({
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'abc.xyz@gmail.com', PASSWORD: '#Abc1234' },
    });
    const Logins = { [pool.provider]: signedIn.AuthenticationResult!.IdToken! };
    await cloud.cognitoIdentity.setIdentityPoolRoles({
      IdentityPoolId: pool.identityPoolId,
      Roles: { authenticated: pool.authRole },
      RoleMappings: { [`${pool.provider}:${pool.clientId}`]: { Type: 'Token', AmbiguousRoleResolution: 'AuthenticatedRole' } },
    });
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId, Logins });
    const credentials = (await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId, Logins })).Credentials as IdentityCredentials;
    expect(await callerArnOf(cloud, credentials)).toBe(`arn:aws:sts::${cloud.accountId}:assumed-role/Editors/CognitoIdentityCredentials`);
  });

  it('chooses the role by the first matching rule under a Rules role mapping', async () => {
    const cloud = await newCloud();
    const pool = await credentialPool(cloud);
    await cloud.cognitoIdentity.setIdentityPoolRoles({
      IdentityPoolId: pool.identityPoolId,
      Roles: { authenticated: pool.authRole },
      RoleMappings: {
        [`${pool.provider}:${pool.clientId}`]: {
          Type: 'Rules',
          AmbiguousRoleResolution: 'Deny',
          RulesConfiguration: { Rules: [{ Claim: 'email', MatchType: 'Contains', Value: '@gmail.com', RoleARN: pool.authRole }] },
        },
      },
    });
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId, Logins: pool.logins });
    const credentials = (await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId, Logins: pool.logins })).Credentials as IdentityCredentials;
    expect(await callerArnOf(cloud, credentials)).toBe(`arn:aws:sts::${cloud.accountId}:assumed-role/Auth/CognitoIdentityCredentials`);
  });
});
