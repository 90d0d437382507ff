import { describe, expect, it } from 'vitest';
import { authorizationFor, evaluatePolicies, perIdentityS3Policy } from '../../../../src/engine';
import { IDENTITY_ID, POOL_ID, request } from './helpers';

const SCOPE = { region: 'us-east-1', accountId: '123456789012' };

describe('operation → IAM action and resource (Service Authorization Reference)', () => {
  it('authorizes S3 GetObject and HeadObject as s3:GetObject, PutObject as s3:PutObject, on the object ARN', () => {
    const scope = { ...SCOPE, bucket: 'photos', key: 'a/b.jpg' };
    expect(authorizationFor('s3', 'GetObject', scope)).toEqual({ action: 's3:GetObject', resource: 'arn:aws:s3:::photos/a/b.jpg' });
    expect(authorizationFor('s3', 'HeadObject', scope)).toEqual({ action: 's3:GetObject', resource: 'arn:aws:s3:::photos/a/b.jpg' });
    expect(authorizationFor('s3', 'PutObject', scope)).toEqual({ action: 's3:PutObject', resource: 'arn:aws:s3:::photos/a/b.jpg' });
    expect(authorizationFor('s3', 'DeleteObject', scope)?.action).toBe('s3:DeleteObject');
  });

  it('authorizes ListObjectsV2 and HeadBucket as s3:ListBucket on the bucket, with s3:prefix in the context', () => {
    expect(authorizationFor('s3', 'ListObjectsV2', { ...SCOPE, bucket: 'photos', prefix: 'me/', maxKeys: 100 })).toEqual({
      action: 's3:ListBucket',
      resource: 'arn:aws:s3:::photos',
      context: { 's3:prefix': 'me/', 's3:max-keys': 100 },
    });
    expect(authorizationFor('s3', 'HeadBucket', { ...SCOPE, bucket: 'photos' })).toEqual({ action: 's3:ListBucket', resource: 'arn:aws:s3:::photos' });
  });

  it('authorizes ListBuckets as s3:ListAllMyBuckets on "*", CreateBucket on the bucket', () => {
    expect(authorizationFor('s3', 'ListBuckets', SCOPE)).toEqual({ action: 's3:ListAllMyBuckets', resource: '*' });
    expect(authorizationFor('s3', 'CreateBucket', { ...SCOPE, bucket: 'new' })).toEqual({ action: 's3:CreateBucket', resource: 'arn:aws:s3:::new' });
  });

  it('names Cognito Sync datasets, identities and pools by their ARNs', () => {
    const scope = { ...SCOPE, identityPoolId: POOL_ID, identityId: IDENTITY_ID, datasetName: 'prefs' };
    const pool = `arn:aws:cognito-sync:us-east-1:123456789012:identitypool/${POOL_ID}`;
    expect(authorizationFor('cognito-sync', 'ListRecords', scope)).toEqual({
      action: 'cognito-sync:ListRecords',
      resource: `${pool}/identity/${IDENTITY_ID}/dataset/prefs`,
    });
    expect(authorizationFor('cognito-sync', 'ListDatasets', scope)).toEqual({
      action: 'cognito-sync:ListDatasets',
      // [O] AWS names a dataset `null` for ListDatasets.
      resource: `${pool}/identity/${IDENTITY_ID}/dataset/null`,
    });
    expect(authorizationFor('cognito-sync', 'DescribeIdentityPoolUsage', scope)).toEqual({ action: 'cognito-sync:DescribeIdentityPoolUsage', resource: pool });
  });

  it('maps STS, IAM and identity-pool administration to their actions', () => {
    const role = 'arn:aws:iam::123456789012:role/Cognito_PoolAuth_Role';
    expect(authorizationFor('sts', 'AssumeRoleWithWebIdentity', { ...SCOPE, roleArn: role })).toEqual({
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: role,
    });
    expect(authorizationFor('iam', 'PutRolePolicy', { ...SCOPE, roleName: 'Cognito_PoolAuth_Role' })).toEqual({ action: 'iam:PutRolePolicy', resource: role });
    expect(authorizationFor('cognito-identity', 'SetIdentityPoolRoles', { ...SCOPE, identityPoolId: POOL_ID })).toEqual({
      action: 'cognito-identity:SetIdentityPoolRoles',
      resource: `arn:aws:cognito-identity:us-east-1:123456789012:identitypool/${POOL_ID}`,
    });
    expect(authorizationFor('cognito-identity', 'ListIdentityPools', SCOPE)).toEqual({
      action: 'cognito-identity:ListIdentityPools',
      resource: 'arn:aws:cognito-identity:us-east-1:123456789012:identitypool/',
    });
  });

  it('answers undefined for an operation it does not list, and throws when the scope lacks a name', () => {
    expect(authorizationFor('s3', 'SelectObjectContent', SCOPE)).toBeUndefined();
    expect(() => authorizationFor('s3', 'GetObject', SCOPE)).toThrow('s3:GetObject needs bucket to name its resource');
  });

  it('feeds the evaluator: a per-identity policy lets ListObjectsV2 list only the identity’s prefix', () => {
    const context = { 'cognito-identity.amazonaws.com:sub': IDENTITY_ID };
    const list = (prefix: string) => {
      const t = authorizationFor('s3', 'ListObjectsV2', { ...SCOPE, bucket: 'mybucket', prefix })!;
      return evaluatePolicies(request(t.action, t.resource, { ...context, ...t.context }), { identity: [perIdentityS3Policy('mybucket')] }).decision;
    };
    expect(list(`${IDENTITY_ID}/`)).toBe('allow');
    expect(list('')).toBe('implicitDeny');
  });
});
