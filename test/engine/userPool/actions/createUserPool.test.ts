import { describe, expect, it } from 'vitest';
import { articlePool, expectAwsError, newCloud, poolsOf, START_SECONDS } from '../../../support/cloud';

describe('CreateUserPool', () => {
  it('answers with the new pool: region-prefixed id, ARN, epoch-second dates, no users', async () => {
    const cloud = await newCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'my-pool' });
    expect(UserPool.Id).toMatch(/^us-east-1_[0-9a-zA-Z]{9}$/);
    expect(UserPool.Name).toBe('my-pool');
    expect(UserPool.Arn).toBe(`arn:aws:cognito-idp:us-east-1:123456789012:userpool/${UserPool.Id}`);
    expect(UserPool.CreationDate).toBe(START_SECONDS);
    expect(UserPool.LastModifiedDate).toBe(START_SECONDS);
    expect(UserPool.EstimatedNumberOfUsers).toBe(0);
    expect(poolsOf(cloud)[UserPool.Id]).toBeDefined();
  });

  it('gives a pool without settings AWS defaults: full password policy, MFA off, sign-up open, no triggers', async () => {
    const cloud = await newCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'defaults' });
    expect(UserPool.Policies.PasswordPolicy).toEqual({
      MinimumLength: 8,
      RequireUppercase: true,
      RequireLowercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      TemporaryPasswordValidityDays: 7,
    });
    expect(UserPool.MfaConfiguration).toBe('OFF');
    expect(UserPool.AdminCreateUserConfig).toEqual({ AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7 });
    expect(UserPool.LambdaConfig).toEqual({});
    expect(UserPool.DeletionProtection).toBe('INACTIVE');
    expect(UserPool.EmailConfiguration).toEqual({ EmailSendingAccount: 'COGNITO_DEFAULT' });
    expect(UserPool.AutoVerifiedAttributes).toBeUndefined();
    expect(UserPool.AccountRecoverySetting).toBeUndefined();
    expect(UserPool.UsernameAttributes).toBeUndefined();
  });

  it('turns off the requirements a custom password policy does not name', async () => {
    const cloud = await newCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({
      PoolName: 'custom-policy',
      Policies: { PasswordPolicy: { MinimumLength: 12, RequireNumbers: true, PasswordHistorySize: 3 } },
    });
    expect(UserPool.Policies.PasswordPolicy).toEqual({
      MinimumLength: 12,
      RequireUppercase: false,
      RequireLowercase: false,
      RequireNumbers: true,
      RequireSymbols: false,
      TemporaryPasswordValidityDays: 7,
      PasswordHistorySize: 3,
    });
  });

  it('enforces a custom password policy at sign-up', async () => {
    const cloud = await newCloud();
    const { clientId } = await articlePool(cloud, { pool: { Policies: { PasswordPolicy: { MinimumLength: 6 } } } });
    const result = await cloud.cognitoIdp.signUp({
      ClientId: clientId,
      Username: 'sam',
      Password: 'simple',
      UserAttributes: [{ Name: 'email', Value: 'sam@example.com' }],
    });
    expect(result.UserConfirmed).toBe(false);
  });

  it.each([
    [5, 'greater than or equal to 6'],
    [100, 'less than or equal to 99'],
  ])('rejects a MinimumLength of %i as AWS validation does', async (length, rule) => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPool({ PoolName: 'p', Policies: { PasswordPolicy: { MinimumLength: length } } }),
      'InvalidParameterException',
      `1 validation error detected: Value '${length}' at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member must have value ${rule}`,
    );
  });

  it('stores AutoVerifiedAttributes and sends the sign-up code there', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud, { pool: { AutoVerifiedAttributes: ['email'] } });
    expect(poolsOf(cloud)[userPoolId]!.settings.AutoVerifiedAttributes).toEqual(['email']);
    const { CodeDeliveryDetails } = await cloud.cognitoIdp.signUp({
      ClientId: clientId,
      Username: 'sam',
      Password: '#Abc1234',
      UserAttributes: [{ Name: 'email', Value: 'sam@example.com' }],
    });
    expect(CodeDeliveryDetails?.DeliveryMedium).toBe('EMAIL');
  });

  it('rejects an attribute AWS cannot auto-verify', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPool({ PoolName: 'p', AutoVerifiedAttributes: ['email', 'name'] }),
      'InvalidParameterException',
      "1 validation error detected: Value '[email, name]' at 'autoVerifiedAttributes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [phone_number, email]]",
    );
  });

  it('refuses UsernameAttributes and AliasAttributes together', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPool({ PoolName: 'p', UsernameAttributes: ['email'], AliasAttributes: ['preferred_username'] }),
      'InvalidParameterException',
      'Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.',
    );
  });

  it('keeps UsernameAttributes or AliasAttributes, whichever is given', async () => {
    const cloud = await newCloud();
    const byEmail = await cloud.cognitoIdp.createUserPool({ PoolName: 'by-email', UsernameAttributes: ['email'] });
    expect(byEmail.UserPool.UsernameAttributes).toEqual(['email']);
    const withAlias = await cloud.cognitoIdp.createUserPool({ PoolName: 'alias', AliasAttributes: ['email', 'preferred_username'] });
    expect(withAlias.UserPool.AliasAttributes).toEqual(['email', 'preferred_username']);
  });

  it('rejects a username attribute other than email or phone_number', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPool({ PoolName: 'p', UsernameAttributes: ['preferred_username'] }),
      'InvalidParameterException',
      "1 validation error detected: Value '[preferred_username]' at 'usernameAttributes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [phone_number, email]]",
    );
  });

  it('requires an SMS configuration before MFA can be ON or OPTIONAL', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPool({ PoolName: 'p', MfaConfiguration: 'OPTIONAL' }),
      'InvalidParameterException',
      'SMS configuration and Auto verification for phone_number are required when MFA is required/optional',
    );
    const { UserPool } = await cloud.cognitoIdp.createUserPool({
      PoolName: 'p',
      MfaConfiguration: 'ON',
      AutoVerifiedAttributes: ['phone_number'],
      SmsConfiguration: { SnsCallerArn: 'arn:aws:iam::123456789012:role/sms-role', ExternalId: 'x' },
    });
    expect(UserPool.MfaConfiguration).toBe('ON');
    expect(UserPool.SmsConfiguration).toEqual({ SnsCallerArn: 'arn:aws:iam::123456789012:role/sms-role', ExternalId: 'x' });
  });

  it('rejects an MfaConfiguration outside OFF, ON and OPTIONAL', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPool({ PoolName: 'p', MfaConfiguration: 'SOMETIMES' as never }),
      'InvalidParameterException',
      "1 validation error detected: Value 'SOMETIMES' at 'mfaConfiguration' failed to satisfy constraint: Member must satisfy enum value set: [OFF, ON, OPTIONAL]",
    );
  });

  it('marks standard attributes required and adds custom ones as custom:<name>', async () => {
    const cloud = await newCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({
      PoolName: 'schema',
      Schema: [
        { Name: 'email', Required: true, Mutable: true },
        { Name: 'team', AttributeDataType: 'String', Mutable: true, StringAttributeConstraints: { MinLength: '1', MaxLength: '32' } },
        { Name: 'level', AttributeDataType: 'Number' },
      ],
    });
    const byName = new Map(UserPool.SchemaAttributes.map((a) => [a.Name, a]));
    expect(byName.get('email')).toMatchObject({ Required: true, Mutable: true, AttributeDataType: 'String' });
    expect(byName.get('sub')).toMatchObject({ Required: true, Mutable: false });
    expect(byName.get('custom:team')).toEqual({
      Name: 'custom:team',
      AttributeDataType: 'String',
      DeveloperOnlyAttribute: false,
      Mutable: true,
      Required: false,
      StringAttributeConstraints: { MinLength: '1', MaxLength: '32' },
    });
    expect(byName.get('custom:level')).toMatchObject({ AttributeDataType: 'Number', NumberAttributeConstraints: {} });
    expect(byName.has('team')).toBe(false);
  });

  it('refuses a required custom attribute', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPool({ PoolName: 'p', Schema: [{ Name: 'team', AttributeDataType: 'String', Required: true }] }),
      'InvalidParameterException',
      'Required custom attributes are not supported currently.',
    );
  });

  it('refuses to change the data type of a standard attribute', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPool({ PoolName: 'p', Schema: [{ Name: 'email', AttributeDataType: 'Number' }] }),
      'InvalidParameterException',
      'You can not change AttributeDataType or set developerOnlyAttribute for standard schema attribute email',
    );
  });

  it('stores AccountRecoverySetting, UserPoolTags and LambdaConfig as given', async () => {
    const cloud = await newCloud();
    const recovery = {
      RecoveryMechanisms: [
        { Priority: 1, Name: 'verified_email' },
        { Priority: 2, Name: 'verified_phone_number' },
      ],
    };
    const lambdas = { PreSignUp: 'arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up' };
    const { UserPool } = await cloud.cognitoIdp.createUserPool({
      PoolName: 'stored',
      AccountRecoverySetting: recovery,
      UserPoolTags: { team: 'identity', stage: 'dev' },
      LambdaConfig: lambdas,
    });
    expect(UserPool.AccountRecoverySetting).toEqual(recovery);
    expect(UserPool.UserPoolTags).toEqual({ team: 'identity', stage: 'dev' });
    expect(UserPool.LambdaConfig).toEqual(lambdas);
    const { UserPool: described } = await cloud.cognitoIdp.describeUserPool({ UserPoolId: UserPool.Id });
    expect(described.AccountRecoverySetting).toEqual(recovery);
  });

  it('rejects a recovery mechanism priority outside 1 and 2', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPool({ PoolName: 'p', AccountRecoverySetting: { RecoveryMechanisms: [{ Priority: 3, Name: 'verified_email' }] } }),
      'InvalidParameterException',
      "1 validation error detected: Value '3' at 'accountRecoverySetting.recoveryMechanisms.1.member.priority' failed to satisfy constraint: Member must have value less than or equal to 2",
    );
  });

  it('requires every attribute held for verification to be auto-verified', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPool({ PoolName: 'p', UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] } }),
      'InvalidParameterException',
      'All attributes in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes',
    );
  });

  it('ignores members the AWS model does not know', async () => {
    const cloud = await newCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'p', Id: 'us-east-1_forged', Surprise: true } as never);
    expect(UserPool.Id).not.toBe('us-east-1_forged');
    expect(UserPool).not.toHaveProperty('Surprise');
  });

  it('words a missing PoolName as AWS validation does', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPool({} as never),
      'InvalidParameterException',
      "1 validation error detected: Value null at 'poolName' failed to satisfy constraint: Member must not be null",
    );
  });
});
