import { describe, expect, it } from 'vitest';
import { articlePool, expectAwsError, newCloud, plainPool, poolsOf } from '../../../support/cloud';

describe('DeleteUserPool', () => {
  it('removes the pool with its clients, so neither can be found afterwards', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    expect(await cloud.cognitoIdp.deleteUserPool({ UserPoolId: userPoolId })).toEqual({});
    expect(poolsOf(cloud)[userPoolId]).toBeUndefined();
    await expectAwsError(cloud.cognitoIdp.describeUserPool({ UserPoolId: userPoolId }), 'ResourceNotFoundException', `User pool ${userPoolId} does not exist.`);
    await expectAwsError(
      cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'sam', Password: '#Abc1234' }),
      'ResourceNotFoundException',
      `User pool client ${clientId} does not exist.`,
    );
  });

  it('refuses while deletion protection is active, and deletes once it is turned off', async () => {
    const cloud = await newCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'kept', DeletionProtection: 'ACTIVE' });
    await expectAwsError(
      cloud.cognitoIdp.deleteUserPool({ UserPoolId: UserPool.Id }),
      'InvalidParameterException',
      'The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.',
    );
    await cloud.cognitoIdp.updateUserPool({ UserPoolId: UserPool.Id, DeletionProtection: 'INACTIVE' });
    await cloud.cognitoIdp.deleteUserPool({ UserPoolId: UserPool.Id });
    expect(poolsOf(cloud)[UserPool.Id]).toBeUndefined();
  });

  it('leaves the other pools alone', async () => {
    const cloud = await newCloud();
    const doomed = await plainPool(cloud, 'doomed');
    const kept = await plainPool(cloud, 'kept');
    await cloud.cognitoIdp.deleteUserPool({ UserPoolId: doomed });
    const { UserPools } = await cloud.cognitoIdp.listUserPools({ MaxResults: 60 });
    expect(UserPools.map((p) => p.Id)).toEqual([kept]);
  });

  it('answers an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.deleteUserPool({ UserPoolId: 'us-east-1_nothere00' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere00 does not exist.',
    );
  });
});
