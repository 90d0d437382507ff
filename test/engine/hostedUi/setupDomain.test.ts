import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud, plainPool } from '../../support/cloud';

const NO_SUCH = 'No such domain or user pool exists.';

async function poolWithDomain(cloud: Awaited<ReturnType<typeof newCloud>>, Domain = 'shop-login') {
  const UserPoolId = await plainPool(cloud);
  await cloud.cognitoIdp.createUserPoolDomain({ Domain, UserPoolId });
  return UserPoolId;
}

describe('CreateUserPoolDomain reserved words', () => {
  it.each(['aws', 'amazon', 'cognito'])('refuses a prefix containing %s', async (word) => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolDomain({ Domain: `my-${word}-login`, UserPoolId: await plainPool(cloud) }),
      'InvalidParameterException',
      `Domain cannot contain reserved word: ${word}`,
    );
  });

  it('takes ManagedLoginVersion 2 when asked', async () => {
    const cloud = await newCloud();
    const UserPoolId = await plainPool(cloud);
    expect(await cloud.cognitoIdp.createUserPoolDomain({ Domain: 'shop-login', UserPoolId, ManagedLoginVersion: 2 })).toEqual({ ManagedLoginVersion: 2 });
  });
});

describe('DescribeUserPoolDomain', () => {
  it('describes a prefix domain with its pool, account, distribution, bucket, version and status', async () => {
    const cloud = await newCloud();
    const UserPoolId = await poolWithDomain(cloud);
    const { DomainDescription } = await cloud.cognitoIdp.describeUserPoolDomain({ Domain: 'shop-login' });
    expect(DomainDescription).toEqual({
      UserPoolId,
      AWSAccountId: expect.stringMatching(/^\d{12}$/),
      Domain: 'shop-login',
      S3Bucket: expect.stringMatching(/^aws-cognito-prod-[a-z0-9]+-assets$/),
      CloudFrontDistribution: expect.stringMatching(/^d[0-9a-f]+\.cloudfront\.net$/),
      Version: expect.stringMatching(/^\d{14}$/),
      Status: 'ACTIVE',
      ManagedLoginVersion: 1,
    });
  });

  it('answers an empty DomainDescription for a domain nobody holds', async () => {
    const cloud = await newCloud();
    expect(await cloud.cognitoIdp.describeUserPoolDomain({ Domain: 'free-prefix' })).toEqual({ DomainDescription: {} });
  });
});

describe('UpdateUserPoolDomain', () => {
  it('switches the managed login version and answers it, without a CloudFrontDomain for a prefix domain', async () => {
    const cloud = await newCloud();
    const UserPoolId = await poolWithDomain(cloud);
    expect(await cloud.cognitoIdp.updateUserPoolDomain({ Domain: 'shop-login', UserPoolId, ManagedLoginVersion: 2 })).toEqual({ ManagedLoginVersion: 2 });
    expect((await cloud.cognitoIdp.describeUserPoolDomain({ Domain: 'shop-login' })).DomainDescription).toMatchObject({ ManagedLoginVersion: 2 });
  });

  it('refuses a managed login version other than 1 or 2, on create and on update', async () => {
    const cloud = await newCloud();
    const message = 'ManagedLoginVersion 3 is not supported: use 1 (hosted UI, classic) or 2 (managed login).';
    const fresh = await plainPool(cloud, 'fresh');
    await expectAwsError(
      cloud.cognitoIdp.createUserPoolDomain({ Domain: 'fresh-login', UserPoolId: fresh, ManagedLoginVersion: 3 }),
      'InvalidParameterException',
      message,
    );
    const UserPoolId = await poolWithDomain(cloud);
    await expectAwsError(
      cloud.cognitoIdp.updateUserPoolDomain({ Domain: 'shop-login', UserPoolId, ManagedLoginVersion: 3 }),
      'InvalidParameterException',
      message,
    );
    expect((await cloud.cognitoIdp.describeUserPoolDomain({ Domain: 'shop-login' })).DomainDescription).toMatchObject({ ManagedLoginVersion: 1 });
  });

  it("refuses a domain that is not the pool's", async () => {
    const cloud = await newCloud();
    await poolWithDomain(cloud);
    const other = await plainPool(cloud, 'other');
    await expectAwsError(
      cloud.cognitoIdp.updateUserPoolDomain({ Domain: 'shop-login', UserPoolId: other, ManagedLoginVersion: 2 }),
      'InvalidParameterException',
      NO_SUCH,
    );
  });
});

describe('DeleteUserPoolDomain', () => {
  it('removes the domain: the hosted UI stops answering, the prefix is free, and the pool can be deleted', async () => {
    const cloud = await newCloud();
    const UserPoolId = await poolWithDomain(cloud);
    expect(await cloud.cognitoIdp.deleteUserPoolDomain({ Domain: 'shop-login', UserPoolId })).toEqual({});
    expect(await cloud.cognitoIdp.describeUserPoolDomain({ Domain: 'shop-login' })).toEqual({ DomainDescription: {} });
    expect((await cloud.cognitoIdp.describeUserPool({ UserPoolId })).UserPool).not.toHaveProperty('Domain');
    const page = await cloud.fetch(`https://shop-login.auth.${cloud.region}.amazoncognito.com/login`, { redirect: 'manual' });
    expect(page.status).not.toBe(200);
    const other = await plainPool(cloud, 'other');
    await cloud.cognitoIdp.createUserPoolDomain({ Domain: 'shop-login', UserPoolId: other });
    expect(await cloud.cognitoIdp.deleteUserPool({ UserPoolId })).toEqual({});
  });

  it("refuses another pool's domain, an unknown domain, and an unknown pool", async () => {
    const cloud = await newCloud();
    const UserPoolId = await poolWithDomain(cloud);
    const other = await plainPool(cloud, 'other');
    await expectAwsError(cloud.cognitoIdp.deleteUserPoolDomain({ Domain: 'shop-login', UserPoolId: other }), 'InvalidParameterException', NO_SUCH);
    await expectAwsError(cloud.cognitoIdp.deleteUserPoolDomain({ Domain: 'nobody-has-it', UserPoolId }), 'InvalidParameterException', NO_SUCH);
    const unknown = `${cloud.region}_Nope12345`;
    await expectAwsError(
      cloud.cognitoIdp.deleteUserPoolDomain({ Domain: 'shop-login', UserPoolId: unknown }),
      'ResourceNotFoundException',
      `User pool ${unknown} does not exist.`,
    );
    expect((await cloud.cognitoIdp.describeUserPoolDomain({ Domain: 'shop-login' })).DomainDescription).toMatchObject({ UserPoolId });
  });
});
