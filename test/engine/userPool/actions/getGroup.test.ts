import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, plainPool } from '../../../support/cloud';

describe('GetGroup', () => {
  it('returns the group as CreateGroup described it', async () => {
    const cloud = await newCloud();
    const userPoolId = await plainPool(cloud);
    const { Group: created } = await cloud.cognitoIdp.createGroup({ UserPoolId: userPoolId, GroupName: 'editors', Precedence: 5 });
    const { Group } = await cloud.cognitoIdp.getGroup({ UserPoolId: userPoolId, GroupName: 'editors' });
    expect(Group).toEqual(created);
  });

  it('answers a missing group with ResourceNotFoundException: Group not found.', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.getGroup({ UserPoolId: await plainPool(cloud), GroupName: 'nobody' }),
      'ResourceNotFoundException',
      'Group not found.',
    );
  });

  it('does not find a group of another pool', async () => {
    const cloud = await newCloud();
    await cloud.cognitoIdp.createGroup({ UserPoolId: await plainPool(cloud, 'one'), GroupName: 'admins' });
    await expectAwsError(
      cloud.cognitoIdp.getGroup({ UserPoolId: await plainPool(cloud, 'two'), GroupName: 'admins' }),
      'ResourceNotFoundException',
      'Group not found.',
    );
  });

  it('answers an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.getGroup({ UserPoolId: 'us-east-1_nothere00', GroupName: 'admins' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere00 does not exist.',
    );
  });
});
