import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, plainPool, poolsOf, START_SECONDS } from '../../../support/cloud';

const ROLE = 'arn:aws:iam::123456789012:role/admins-role';

describe('CreateGroup', () => {
  it('answers with the group: name, pool, description, role, precedence and epoch-second dates', async () => {
    const cloud = await newCloud();
    const userPoolId = await plainPool(cloud);
    const { Group } = await cloud.cognitoIdp.createGroup({
      UserPoolId: userPoolId,
      GroupName: 'admins',
      Description: 'People who run things',
      RoleArn: ROLE,
      Precedence: 1,
    });
    expect(Group).toEqual({
      GroupName: 'admins',
      UserPoolId: userPoolId,
      Description: 'People who run things',
      RoleArn: ROLE,
      Precedence: 1,
      LastModifiedDate: START_SECONDS,
      CreationDate: START_SECONDS,
    });
    expect(poolsOf(cloud)[userPoolId]!.groups['admins']).toBeDefined();
  });

  it('leaves out the description, role and precedence it was not given', async () => {
    const cloud = await newCloud();
    const { Group } = await cloud.cognitoIdp.createGroup({ UserPoolId: await plainPool(cloud), GroupName: 'readers' });
    expect(Object.keys(Group).sort()).toEqual(['CreationDate', 'GroupName', 'LastModifiedDate', 'UserPoolId']);
  });

  it('refuses a second group with the same name with GroupExistsException', async () => {
    const cloud = await newCloud();
    const userPoolId = await plainPool(cloud);
    await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName: 'admins' });
    await expectAwsError(
      cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName: 'admins' }),
      'GroupExistsException',
      'A group with the name admins already exists.',
    );
  });

  it('allows the same group name in another pool', async () => {
    const cloud = await newCloud();
    await cloud.cognitoIdp.createGroup({ UserPoolId: await plainPool(cloud, 'one'), GroupName: 'admins' });
    const { Group } = await cloud.cognitoIdp.createGroup({ UserPoolId: await plainPool(cloud, 'two'), GroupName: 'admins' });
    expect(Group.GroupName).toBe('admins');
  });

  it('rejects a negative precedence as AWS validation does', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createGroup({ UserPoolId: await plainPool(cloud), GroupName: 'admins', Precedence: -1 }),
      'InvalidParameterException',
      "1 validation error detected: Value '-1' at 'precedence' failed to satisfy constraint: Member must have value greater than or equal to 0",
    );
  });

  it('rejects a RoleArn that is not an ARN as AWS validation does', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createGroup({ UserPoolId: await plainPool(cloud), GroupName: 'admins', RoleArn: 'admins-role-not-an-arn' }),
      'InvalidParameterException',
      /^1 validation error detected: Value 'admins-role-not-an-arn' at 'roleArn' failed to satisfy constraint: Member must satisfy regular expression pattern: arn:/,
    );
  });

  it('requires GroupName and UserPoolId', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createGroup({} as never),
      'InvalidParameterException',
      "2 validation errors detected: Value null at 'groupName' failed to satisfy constraint: Member must not be null; Value null at 'userPoolId' failed to satisfy constraint: Member must not be null",
    );
  });

  it('answers an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createGroup({ UserPoolId: 'us-east-1_nothere00', GroupName: 'admins' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere00 does not exist.',
    );
  });
});
