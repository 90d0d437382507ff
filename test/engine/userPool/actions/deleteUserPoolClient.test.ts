import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, plainPool, plainPoolAndClient, poolsOf } from '../../../support/cloud';

describe('DeleteUserPoolClient', () => {
  it('removes the client, so requests naming it fail', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await plainPoolAndClient(cloud);
    expect(await cloud.cognitoIdp.deleteUserPoolClient({ UserPoolId: userPoolId, ClientId: clientId })).toEqual({});
    expect(await cloud.cognitoIdp.listUserPoolClients({ UserPoolId: userPoolId })).toEqual({ UserPoolClients: [] });
    await expectAwsError(
      cloud.cognitoIdp.signUp({ ClientId: clientId, Username: 'sam', Password: '#Abc1234' }),
      'ResourceNotFoundException',
      `User pool client ${clientId} does not exist.`,
    );
  });

  it('does not delete a client through another pool', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await plainPoolAndClient(cloud);
    const otherPool = await plainPool(cloud, 'other');
    await expectAwsError(
      cloud.cognitoIdp.deleteUserPoolClient({ UserPoolId: otherPool, ClientId: clientId }),
      'ResourceNotFoundException',
      `User pool client ${clientId} does not exist.`,
    );
    expect(poolsOf(cloud)[userPoolId]!.clients[clientId]).toBeDefined();
  });
});
