import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud } from '../../support/cloud';

const settings = { IdentityPoolName: 'article_identity_pool', AllowUnauthenticatedIdentities: true };

describe('CreateIdentityPool, DescribeIdentityPool, UpdateIdentityPool, ListIdentityPools, DeleteIdentityPool', () => {
  it('makes a pool with a <region>:<uuid> id and AWS defaults, and describes it', async () => {
    const cloud = await newCloud({ region: 'ap-south-1' });
    const made = await cloud.cognitoIdentity.createIdentityPool({
      ...settings,
      CognitoIdentityProviders: [{ ProviderName: 'cognito-idp.ap-south-1.amazonaws.com/ap-south-1_abc', ClientId: 'client1' }],
    });
    expect(made.IdentityPoolId).toMatch(/^ap-south-1:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(made).toEqual({
      IdentityPoolId: made.IdentityPoolId,
      IdentityPoolName: 'article_identity_pool',
      AllowUnauthenticatedIdentities: true,
      AllowClassicFlow: false,
      CognitoIdentityProviders: [{ ProviderName: 'cognito-idp.ap-south-1.amazonaws.com/ap-south-1_abc', ClientId: 'client1', ServerSideTokenCheck: false }],
    });
    expect(await cloud.cognitoIdentity.describeIdentityPool({ IdentityPoolId: made.IdentityPoolId })).toEqual(made);
  });

  it('refuses a name outside the model pattern, and a missing required member, with InvalidParameterException', async () => {
    const cloud = await newCloud();
    await expectAwsError(
      cloud.cognitoIdentity.createIdentityPool({ IdentityPoolName: 'bad/name', AllowUnauthenticatedIdentities: false }),
      'InvalidParameterException',
      "1 validation error detected: Value 'bad/name' at 'identityPoolName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w\\s+=,.@-]+",
    );
    await expectAwsError(
      cloud.cognitoIdentity.createIdentityPool({ IdentityPoolName: 'x' } as never),
      'InvalidParameterException',
      /allowUnauthenticatedIdentities/i,
    );
  });

  it('replaces every setting on update, and lists and deletes pools', async () => {
    const cloud = await newCloud();
    const a = await cloud.cognitoIdentity.createIdentityPool({ ...settings, AllowClassicFlow: true, IdentityPoolTags: { team: 'a' } });
    const b = await cloud.cognitoIdentity.createIdentityPool({ ...settings, IdentityPoolName: 'second' });
    const updated = await cloud.cognitoIdentity.updateIdentityPool({
      IdentityPoolId: a.IdentityPoolId,
      IdentityPoolName: 'renamed',
      AllowUnauthenticatedIdentities: false,
    });
    expect(updated).toEqual({ IdentityPoolId: a.IdentityPoolId, IdentityPoolName: 'renamed', AllowUnauthenticatedIdentities: false, AllowClassicFlow: false });
    const first = await cloud.cognitoIdentity.listIdentityPools({ MaxResults: 1 });
    expect(first.IdentityPools).toEqual([{ IdentityPoolId: a.IdentityPoolId, IdentityPoolName: 'renamed' }]);
    const second = await cloud.cognitoIdentity.listIdentityPools({ MaxResults: 1, NextToken: first.NextToken! });
    expect(second).toEqual({ IdentityPools: [{ IdentityPoolId: b.IdentityPoolId, IdentityPoolName: 'second' }] });
    await cloud.cognitoIdentity.deleteIdentityPool({ IdentityPoolId: a.IdentityPoolId });
    await expectAwsError(
      cloud.cognitoIdentity.describeIdentityPool({ IdentityPoolId: a.IdentityPoolId }),
      'ResourceNotFoundException',
      `IdentityPool '${a.IdentityPoolId}' not found.`,
    );
    await expectAwsError(
      cloud.cognitoIdentity.updateIdentityPool({ IdentityPoolId: a.IdentityPoolId, IdentityPoolName: 'x', AllowUnauthenticatedIdentities: true }),
      'ResourceNotFoundException',
      `IdentityPool '${a.IdentityPoolId}' not found.`,
    );
  });

  it('keeps pools per region: a pool made in eu-west-1 is not found in us-east-1', async () => {
    const cloud = await newCloud();
    const sign = { 'content-type': 'application/x-amz-json-1.1' };
    const made = await cloud.cognitoIdentity.createIdentityPool(settings);
    const answer = await cloud.fetch('https://cognito-identity.eu-west-1.amazonaws.com/', {
      method: 'POST',
      headers: { ...sign, 'x-amz-target': 'AWSCognitoIdentityService.GetId' },
      body: JSON.stringify({ IdentityPoolId: made.IdentityPoolId }),
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({ __type: 'ResourceNotFoundException', message: `IdentityPool '${made.IdentityPoolId}' not found.` });
  });

  it('refuses to manage pools without a signature', async () => {
    const cloud = await newCloud();
    const answer = await cloud.fetch('https://cognito-identity.us-east-1.amazonaws.com/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityService.ListIdentityPools' },
      body: '{"MaxResults":10}',
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({ __type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' });
  });
});
