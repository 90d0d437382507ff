import { describe, expect, it } from 'vitest';
import { articlePool, expectAwsError, newCloud } from '../../../support/cloud';
import { poolsOf } from '../../../support/cloud';

const TRIGGER = 'arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up';

describe('UpdateUserPool', () => {
  it('answers with an empty body and changes the settings it names', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud);
    const result = await cloud.cognitoIdp.updateUserPool({
      UserPoolId: userPoolId,
      AutoVerifiedAttributes: ['email'],
      Policies: { PasswordPolicy: { MinimumLength: 10, RequireNumbers: true } },
    });
    expect(result).toEqual({});
    const { UserPool } = await cloud.cognitoIdp.describeUserPool({ UserPoolId: userPoolId });
    expect(UserPool.Policies.PasswordPolicy).toMatchObject({ MinimumLength: 10, RequireNumbers: true, RequireUppercase: false, RequireSymbols: false });
  });

  it('resets every updatable setting the request leaves out to its default, as AWS warns', async () => {
    const cloud = await newCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({
      PoolName: 'configured',
      AutoVerifiedAttributes: ['email'],
      LambdaConfig: { PreSignUp: TRIGGER },
      Policies: { PasswordPolicy: { MinimumLength: 6 } },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Priority: 1, Name: 'verified_email' }] },
      UserPoolTags: { team: 'identity' },
      DeletionProtection: 'ACTIVE',
    });
    await cloud.cognitoIdp.updateUserPool({ UserPoolId: UserPool.Id, VerificationMessageTemplate: { EmailSubject: 'Your code' } });
    const { UserPool: after } = await cloud.cognitoIdp.describeUserPool({ UserPoolId: UserPool.Id });
    expect(after.VerificationMessageTemplate).toEqual({ DefaultEmailOption: 'CONFIRM_WITH_CODE', EmailSubject: 'Your code' });
    expect(after.LambdaConfig).toEqual({});
    expect(after.AutoVerifiedAttributes).toBeUndefined();
    expect(after.Policies.PasswordPolicy.MinimumLength).toBe(8);
    expect(after.Policies.PasswordPolicy.RequireSymbols).toBe(true);
    expect(after.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(false);
    expect(after.AccountRecoverySetting).toBeUndefined();
    expect(after.UserPoolTags).toBeUndefined();
    expect(after.DeletionProtection).toBe('INACTIVE');
    expect(after.MfaConfiguration).toBe('OFF');
  });

  it('keeps what is fixed at creation: name, sign-in options, case sensitivity, schema', async () => {
    const cloud = await newCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({
      PoolName: 'fixed',
      UsernameAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      Schema: [
        { Name: 'email', Required: true },
        { Name: 'team', AttributeDataType: 'String' },
      ],
    });
    await cloud.cognitoIdp.updateUserPool({ UserPoolId: UserPool.Id });
    const { UserPool: after } = await cloud.cognitoIdp.describeUserPool({ UserPoolId: UserPool.Id });
    expect(after.Name).toBe('fixed');
    expect(after.Arn).toBe(UserPool.Arn);
    expect(after.UsernameAttributes).toEqual(['email']);
    expect(after.UsernameConfiguration).toEqual({ CaseSensitive: false });
    expect(after.SchemaAttributes).toEqual(UserPool.SchemaAttributes);
    expect(after.CreationDate).toBe(UserPool.CreationDate);
  });

  it('keeps the users, app clients and signing keys', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    const { UserSub } = await cloud.cognitoIdp.signUp({
      ClientId: clientId,
      Username: 'sam',
      Password: '#Abc1234',
      UserAttributes: [{ Name: 'email', Value: 'sam@example.com' }],
    });
    const keysBefore = structuredClone(poolsOf(cloud)[userPoolId]!.keys);
    await cloud.cognitoIdp.updateUserPool({ UserPoolId: userPoolId, AutoVerifiedAttributes: ['email'] });
    const pool = poolsOf(cloud)[userPoolId]!;
    expect(pool.users['sam']?.sub).toBe(UserSub);
    expect(pool.keys).toEqual(keysBefore);
    const { UserPoolClient } = await cloud.cognitoIdp.describeUserPoolClient({ UserPoolId: userPoolId, ClientId: clientId });
    expect(UserPoolClient.ClientName).toBe('article-app');
  });

  it('turning sign-up off takes effect for SignUp', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    await cloud.cognitoIdp.updateUserPool({
      UserPoolId: userPoolId,
      AutoVerifiedAttributes: ['email'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
    await expectAwsError(
      cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'sam', Password: '#Abc1234', UserAttributes: [{ Name: 'email', Value: 'sam@example.com' }] }),
      'NotAuthorizedException',
      'SignUp is not permitted for this user pool',
    );
  });

  it('keeps UserAttributeUpdateSettings when not given, and then needs its attributes auto-verified', async () => {
    const cloud = await newCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({
      PoolName: 'verify-updates',
      AutoVerifiedAttributes: ['email'],
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
    });
    await expectAwsError(
      cloud.cognitoIdp.updateUserPool({ UserPoolId: UserPool.Id, DeletionProtection: 'ACTIVE' }),
      'InvalidParameterException',
      'All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes',
    );
    await cloud.cognitoIdp.updateUserPool({ UserPoolId: UserPool.Id, AutoVerifiedAttributes: ['email'], DeletionProtection: 'ACTIVE' });
    const { UserPool: after } = await cloud.cognitoIdp.describeUserPool({ UserPoolId: UserPool.Id });
    expect(after.UserAttributeUpdateSettings).toEqual({ AttributesRequireVerificationBeforeUpdate: ['email'] });
    expect(after.DeletionProtection).toBe('ACTIVE');
  });

  it('leaves the pool unchanged when the request is invalid', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud, { pool: { LambdaConfig: { PreSignUp: TRIGGER } } });
    await expectAwsError(
      cloud.cognitoIdp.updateUserPool({ UserPoolId: userPoolId, Policies: { PasswordPolicy: { MinimumLength: 200 } } }),
      'InvalidParameterException',
      "1 validation error detected: Value '200' at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member must have value less than or equal to 99",
    );
    expect(poolsOf(cloud)[userPoolId]!.settings.LambdaConfig).toEqual({ PreSignUp: TRIGGER });
  });

  it('rejects a DeletionProtection value other than ACTIVE or INACTIVE', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.updateUserPool({ UserPoolId: userPoolId, DeletionProtection: 'ON' as never }),
      'InvalidParameterException',
      "1 validation error detected: Value 'ON' at 'deletionProtection' failed to satisfy constraint: Member must satisfy enum value set: [ACTIVE, INACTIVE]",
    );
  });

  it('answers an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.updateUserPool({ UserPoolId: 'us-east-1_nothere00' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere00 does not exist.',
    );
  });
});
