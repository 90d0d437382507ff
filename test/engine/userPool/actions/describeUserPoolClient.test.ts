import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, plainPool, plainPoolAndClient } from '../../../support/cloud';

describe('DescribeUserPoolClient', () => {
  it('returns the client as CreateUserPoolClient described it, secret included', async () => {
    const cloud = await newCloud();
    const userPoolId = await plainPool(cloud);
    const { UserPoolClient: created } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName: 'server', GenerateSecret: true });
    const { UserPoolClient } = await cloud.cognitoIdp.describeUserPoolClient({ UserPoolId: userPoolId, ClientId: created.ClientId });
    expect(UserPoolClient).toEqual(created);
    expect(UserPoolClient.ClientSecret).toBeDefined();
  });

  it('does not find a client under another pool', async () => {
    const cloud = await newCloud();
    const { clientId } = await plainPoolAndClient(cloud);
    const otherPool = await plainPool(cloud, 'other');
    await expectAwsError(
      cloud.cognitoIdp.describeUserPoolClient({ UserPoolId: otherPool, ClientId: clientId }),
      'ResourceNotFoundException',
      `User pool client ${clientId} does not exist.`,
    );
  });

  it('answers an unknown client with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const userPoolId = await plainPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.describeUserPoolClient({ UserPoolId: userPoolId, ClientId: 'nosuchclient' }),
      'ResourceNotFoundException',
      'User pool client nosuchclient does not exist.',
    );
  });

  it('answers an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.describeUserPoolClient({ UserPoolId: 'us-east-1_nothere00', ClientId: 'nosuchclient' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere00 does not exist.',
    );
  });

  it('requires both UserPoolId and ClientId', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.describeUserPoolClient({} as never),
      'InvalidParameterException',
      "2 validation errors detected: Value null at 'userPoolId' failed to satisfy constraint: Member must not be null; Value null at 'clientId' failed to satisfy constraint: Member must not be null",
    );
  });
});
