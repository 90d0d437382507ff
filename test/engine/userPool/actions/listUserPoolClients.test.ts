import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, plainPool } from '../../../support/cloud';

async function poolWithClients(cloud: Awaited<ReturnType<typeof newCloud>>, names: string[]) {
  const userPoolId = await plainPool(cloud);
  const ids: string[] = [];
  for (const ClientName of names) {
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: userPoolId, ClientName, GenerateSecret: true });
    ids.push(UserPoolClient.ClientId);
  }
  return { userPoolId, ids };
}

describe('ListUserPoolClients', () => {
  it('lists the clients as ClientId, UserPoolId and ClientName only, no secret', async () => {
    const cloud = await newCloud();
    const { userPoolId, ids } = await poolWithClients(cloud, ['web', 'mobile']);
    const result = await cloud.cognitoIdp.listUserPoolClients({ UserPoolId: userPoolId });
    expect(result).toEqual({
      UserPoolClients: [
        { ClientId: ids[0], UserPoolId: userPoolId, ClientName: 'web' },
        { ClientId: ids[1], UserPoolId: userPoolId, ClientName: 'mobile' },
      ],
    });
  });

  it("lists only the named pool's clients", async () => {
    const cloud = await newCloud();
    await poolWithClients(cloud, ['elsewhere']);
    const { userPoolId } = await poolWithClients(cloud, ['here']);
    const { UserPoolClients } = await cloud.cognitoIdp.listUserPoolClients({ UserPoolId: userPoolId });
    expect(UserPoolClients.map((c) => c.ClientName)).toEqual(['here']);
  });

  it('pages with MaxResults and NextToken', async () => {
    const cloud = await newCloud();
    const { userPoolId, ids } = await poolWithClients(cloud, ['a', 'b', 'c']);
    const first = await cloud.cognitoIdp.listUserPoolClients({ UserPoolId: userPoolId, MaxResults: 2 });
    expect(first.UserPoolClients.map((c) => c.ClientId)).toEqual(ids.slice(0, 2));
    expect(first.NextToken).toEqual(expect.any(String));
    const second = await cloud.cognitoIdp.listUserPoolClients({ UserPoolId: userPoolId, MaxResults: 2, NextToken: first.NextToken! });
    expect(second.UserPoolClients.map((c) => c.ClientId)).toEqual(ids.slice(2));
    expect(second.NextToken).toBeUndefined();
  });

  it('rejects MaxResults above 60 as AWS validation does', async () => {
    const cloud = await newCloud();
    const userPoolId = await plainPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.listUserPoolClients({ UserPoolId: userPoolId, MaxResults: 61 }),
      'InvalidParameterException',
      "1 validation error detected: Value '61' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 60",
    );
  });

  it('answers an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.listUserPoolClients({ UserPoolId: 'us-east-1_nothere00' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere00 does not exist.',
    );
  });
});
