import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud } from '../../support/cloud';

describe('CreateUserPoolDomain', () => {
  it('makes the hosted UI answer at the prefix domain, and DescribeUserPool names it', async () => {
    const cloud = await newCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'shop' });
    expect(await cloud.cognitoIdp.createUserPoolDomain({ Domain: 'shop-login', UserPoolId: UserPool!.Id! })).toEqual({ ManagedLoginVersion: 1 });
    expect((await cloud.cognitoIdp.describeUserPool({ UserPoolId: UserPool!.Id! })).UserPool).toMatchObject({ Domain: 'shop-login' });
    const page = await cloud.fetch(`https://shop-login.auth.${cloud.region}.amazoncognito.com/nowhere`);
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('The hosted UI has no page /nowhere.');
  });

  it('refuses a prefix with other characters, one taken in the region, a second domain, and deleting the pool while it has one', async () => {
    const cloud = await newCloud();
    const a = (await cloud.cognitoIdp.createUserPool({ PoolName: 'a' })).UserPool!.Id!;
    const b = (await cloud.cognitoIdp.createUserPool({ PoolName: 'b' })).UserPool!.Id!;
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolDomain({ Domain: 'Shop_Login', UserPoolId: a }),
      'InvalidParameterException',
      /^The domain name contains an invalid character\./,
    );
    await cloud.cognitoIdp.createUserPoolDomain({ Domain: 'shop-login', UserPoolId: a });
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolDomain({ Domain: 'shop-login', UserPoolId: b }),
      'InvalidParameterException',
      'Domain already associated with another user pool.',
    );
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolDomain({ Domain: 'shop-two', UserPoolId: a }),
      'InvalidParameterException',
      'User pool already has a domain configured.',
    );
    await expectAwsError(
      cloud.cognitoIdp.deleteUserPool({ UserPoolId: a }),
      'InvalidParameterException',
      'User pool cannot be deleted. It has a domain configured that should be deleted first.',
    );
  });
});
