import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, plainPool, poolsOf } from '../../support/cloud';

const SHOP_API = {
  Identifier: 'https://api.shop.example',
  Name: 'Shop API',
  Scopes: [
    { ScopeName: 'orders.read', ScopeDescription: 'Read orders' },
    { ScopeName: 'orders.write', ScopeDescription: 'Place orders' },
  ],
};

describe('CreateResourceServer and DescribeResourceServer', () => {
  it('creates a resource server with its scopes and describes it', async () => {
    const cloud = await newCloud();
    const UserPoolId = await plainPool(cloud);
    const expected = { UserPoolId, ...SHOP_API };
    expect(await cloud.cognitoIdp.createResourceServer({ UserPoolId, ...SHOP_API })).toEqual({ ResourceServer: expected });
    expect(await cloud.cognitoIdp.describeResourceServer({ UserPoolId, Identifier: SHOP_API.Identifier })).toEqual({ ResourceServer: expected });
  });

  it('creates one without scopes', async () => {
    const cloud = await newCloud();
    const UserPoolId = await plainPool(cloud);
    const { ResourceServer } = await cloud.cognitoIdp.createResourceServer({ UserPoolId, Identifier: 'billing', Name: 'Billing' });
    expect(ResourceServer).toEqual({ UserPoolId, Identifier: 'billing', Name: 'Billing', Scopes: [] });
  });

  it('refuses an Identifier the pool already has, and a scope name given twice', async () => {
    const cloud = await newCloud();
    const UserPoolId = await plainPool(cloud);
    await cloud.cognitoIdp.createResourceServer({ UserPoolId, ...SHOP_API });
    await expectAwsError(
      cloud.cognitoIdp.createResourceServer({ UserPoolId, ...SHOP_API }),
      'InvalidParameterException',
      `A resource server with identifier ${SHOP_API.Identifier} already exists in this user pool.`,
    );
    const twice = [SHOP_API.Scopes[0]!, SHOP_API.Scopes[0]!];
    await expectAwsError(
      cloud.cognitoIdp.createResourceServer({ UserPoolId, Identifier: 'other', Name: 'Other', Scopes: twice }),
      'InvalidParameterException',
      'Duplicate scope name: orders.read',
    );
  });

  it('refuses a scope name with a slash as the model does', async () => {
    const cloud = await newCloud();
    const UserPoolId = await plainPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.createResourceServer({ UserPoolId, Identifier: 'api', Name: 'API', Scopes: [{ ScopeName: 'a/b', ScopeDescription: 'x' }] }),
      'InvalidParameterException',
      "1 validation error detected: Value 'a/b' at 'scopes.1.member.scopeName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\x21\\x23-\\x2E\\x30-\\x5B\\x5D-\\x7E]+",
    );
  });

  it('refuses an unknown pool and an unknown identifier', async () => {
    const cloud = await newCloud();
    const UserPoolId = await plainPool(cloud);
    const unknown = `${cloud.region}_Nope12345`;
    await expectAwsError(
      cloud.cognitoIdp.createResourceServer({ UserPoolId: unknown, ...SHOP_API }),
      'ResourceNotFoundException',
      `User pool ${unknown} does not exist.`,
    );
    await expectAwsError(
      cloud.cognitoIdp.describeResourceServer({ UserPoolId, Identifier: 'missing' }),
      'ResourceNotFoundException',
      'Resource server missing does not exist.',
    );
  });
});

describe('ListResourceServers', () => {
  it('lists in creation order and pages with MaxResults and NextToken', async () => {
    const cloud = await newCloud();
    const UserPoolId = await plainPool(cloud);
    for (const id of ['a', 'b', 'c', 'd', 'e']) await cloud.cognitoIdp.createResourceServer({ UserPoolId, Identifier: id, Name: id });
    const ids: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const { ResourceServers, NextToken } = await cloud.cognitoIdp.listResourceServers({ UserPoolId, MaxResults: 2, ...(token ? { NextToken: token } : {}) });
      ids.push(...ResourceServers.map((s) => s.Identifier));
      token = NextToken;
      pages++;
    } while (token);
    expect(ids).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(pages).toBe(3);
    expect(await cloud.cognitoIdp.listResourceServers({ UserPoolId: await plainPool(cloud, 'empty') })).toEqual({ ResourceServers: [] });
  });

  it('refuses MaxResults outside 1–50 and a token it never issued', async () => {
    const cloud = await newCloud();
    const UserPoolId = await plainPool(cloud);
    await expectAwsError(
      cloud.cognitoIdp.listResourceServers({ UserPoolId, MaxResults: 51 }),
      'InvalidParameterException',
      "1 validation error detected: Value '51' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 50",
    );
    await expectAwsError(
      cloud.cognitoIdp.listResourceServers({ UserPoolId, NextToken: 'bogus' }),
      'InvalidParameterException',
      'Paging marker bogus is invalid for request.',
    );
  });
});

describe('UpdateResourceServer and DeleteResourceServer', () => {
  it('replaces the name and scopes (no Scopes means none), then deletes the server', async () => {
    const cloud = await newCloud();
    const UserPoolId = await plainPool(cloud);
    await cloud.cognitoIdp.createResourceServer({ UserPoolId, ...SHOP_API });
    const renamed = await cloud.cognitoIdp.updateResourceServer({ UserPoolId, Identifier: SHOP_API.Identifier, Name: 'Orders' });
    expect(renamed).toEqual({ ResourceServer: { UserPoolId, Identifier: SHOP_API.Identifier, Name: 'Orders', Scopes: [] } });
    expect(await cloud.cognitoIdp.deleteResourceServer({ UserPoolId, Identifier: SHOP_API.Identifier })).toEqual({});
    expect(await cloud.cognitoIdp.listResourceServers({ UserPoolId })).toEqual({ ResourceServers: [] });
  });

  it('refuses an unknown identifier on update and delete', async () => {
    const cloud = await newCloud();
    const UserPoolId = await plainPool(cloud);
    const message = 'Resource server missing does not exist.';
    await expectAwsError(cloud.cognitoIdp.updateResourceServer({ UserPoolId, Identifier: 'missing', Name: 'x' }), 'ResourceNotFoundException', message);
    await expectAwsError(cloud.cognitoIdp.deleteResourceServer({ UserPoolId, Identifier: 'missing' }), 'ResourceNotFoundException', message);
  });

  it('goes with its pool when the pool is deleted', async () => {
    const cloud = await newCloud();
    const UserPoolId = await plainPool(cloud);
    await cloud.cognitoIdp.createResourceServer({ UserPoolId, ...SHOP_API });
    await cloud.cognitoIdp.deleteUserPool({ UserPoolId });
    expect(poolsOf(cloud)).not.toHaveProperty(UserPoolId);
    await expectAwsError(cloud.cognitoIdp.listResourceServers({ UserPoolId }), 'ResourceNotFoundException', `User pool ${UserPoolId} does not exist.`);
  });
});
