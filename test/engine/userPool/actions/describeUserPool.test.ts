import { describe, expect, it } from 'vitest';
import { HOUR } from '../../../../src/engine';
import { articlePool, expectAwsError, newCloud, START_SECONDS } from '../../../support/cloud';

describe('DescribeUserPool', () => {
  it('returns the pool as CreateUserPool described it', async () => {
    const cloud = await newCloud();
    const { UserPool: created } = await cloud.cognitoIdp.createUserPool({ PoolName: 'my-pool', AutoVerifiedAttributes: ['email'] });
    const { UserPool } = await cloud.cognitoIdp.describeUserPool({ UserPoolId: created.Id });
    expect(UserPool).toEqual(created);
  });

  it('counts the users in EstimatedNumberOfUsers', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await articlePool(cloud);
    for (const name of ['sam', 'kim']) {
      await cloud.cognitoIdp.signUp({
        ClientId: clientId,
        Username: name,
        Password: '#Abc1234',
        UserAttributes: [{ Name: 'email', Value: `${name}@example.com` }],
      });
    }
    const { UserPool } = await cloud.cognitoIdp.describeUserPool({ UserPoolId: userPoolId });
    expect(UserPool.EstimatedNumberOfUsers).toBe(2);
  });

  it('shows LastModifiedDate moving on after an update, in epoch seconds', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await articlePool(cloud);
    cloud.clock.advance(HOUR);
    await cloud.cognitoIdp.updateUserPool({ UserPoolId: userPoolId, AutoVerifiedAttributes: ['email'] });
    const { UserPool } = await cloud.cognitoIdp.describeUserPool({ UserPoolId: userPoolId });
    expect(UserPool.CreationDate).toBe(START_SECONDS);
    expect(UserPool.LastModifiedDate).toBe(START_SECONDS + 3600);
  });

  it('answers an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.describeUserPool({ UserPoolId: 'us-east-1_nothere00' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere00 does not exist.',
    );
  });

  it('rejects a malformed pool id as AWS validation does', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.describeUserPool({ UserPoolId: 'no-underscore' }),
      'InvalidParameterException',
      "1 validation error detected: Value 'no-underscore' at 'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w-]+_[0-9a-zA-Z]+",
    );
  });
});
