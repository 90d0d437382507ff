import { describe, expect, it } from 'vitest';
import { s3 } from '../../../src/engine';
import { newCloud } from '../../support/cloud';
import { errorOf, send } from './support';

describe('S3 addressing through cloud.fetch', () => {
  it('answers the same bucket virtual-hosted and path style, and logs the request as sent', async () => {
    const cloud = await newCloud();
    await send(cloud, 'PUT', 'https://s3.amazonaws.com/route-bucket');
    await send(cloud, 'PUT', 'https://route-bucket.s3.us-east-1.amazonaws.com/nested/key.txt', { body: 'v' });
    expect((await send(cloud, 'GET', 'https://s3.us-east-1.amazonaws.com/route-bucket/nested/key.txt')).text).toBe('v');
    expect((await send(cloud, 'GET', 'https://route-bucket.s3.amazonaws.com/nested/key.txt')).text).toBe('v');
    const put = cloud.log.entries[1]!;
    expect(put).toMatchObject({ service: s3.id, action: 'PutObject', region: 'us-east-1', status: 200 });
    expect(put.http.request.url).toBe('https://route-bucket.s3.us-east-1.amazonaws.com/nested/key.txt');
  });

  it('answers path style at one local address (npm run cloud) in the region the credential scope names', async () => {
    const cloud = await newCloud();
    const body = '<CreateBucketConfiguration><LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>';
    const created = await send(cloud, 'PUT', 'http://127.0.0.1:4566/local-bucket', { body, region: 'eu-west-1', local: true });
    expect(created.status).toBe(200);
    expect(cloud.records(s3).buckets['local-bucket']?.region).toBe('eu-west-1');
    const head = await send(cloud, 'HEAD', 'http://127.0.0.1:4566/local-bucket', { region: 'eu-west-1', local: true });
    expect(head.headers['x-amz-bucket-region']).toBe('eu-west-1');
  });

  it('answers an operation it does not simulate with NotImplemented', async () => {
    const cloud = await newCloud();
    const answered = await send(cloud, 'DELETE', 'https://s3.amazonaws.com/route-bucket');
    expect(answered.status).toBe(501);
    expect(errorOf(answered.text).Code).toBe('NotImplemented');
  });

  it('refuses an unsigned request as S3 refuses an anonymous one on a private bucket: AccessDenied, 403', async () => {
    const cloud = await newCloud();
    const answered = await send(cloud, 'PUT', 'https://s3.amazonaws.com/anon-bucket', { anonymous: true });
    expect(answered.status).toBe(403);
    expect(errorOf(answered.text)).toMatchObject({ Code: 'AccessDenied', Message: 'Access Denied' });
    expect(cloud.records(s3).buckets['anon-bucket']).toBeUndefined();
  });
});
