import { describe, expect, it } from 'vitest';
import { s3 } from '../../../src/engine';
import { newCloud } from '../../support/cloud';
import { errorOf } from './support';

const SIGNED = (region: string) =>
  `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260115/${region}/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc`;

describe('S3 addressing through cloud.fetch', () => {
  it('answers the same bucket virtual-hosted and path style, and logs the request as sent', async () => {
    const cloud = await newCloud();
    await cloud.fetch('https://s3.amazonaws.com/route-bucket', { method: 'PUT' });
    await cloud.fetch('https://route-bucket.s3.us-east-1.amazonaws.com/nested/key.txt', { method: 'PUT', body: 'v' });
    expect(await (await cloud.fetch('https://s3.us-east-1.amazonaws.com/route-bucket/nested/key.txt')).text()).toBe('v');
    expect(await (await cloud.fetch('https://route-bucket.s3.amazonaws.com/nested/key.txt')).text()).toBe('v');
    const put = cloud.log.entries[1]!;
    expect(put).toMatchObject({ service: s3.id, action: 'PutObject', region: 'us-east-1', status: 200 });
    expect(put.http.request.url).toBe('https://route-bucket.s3.us-east-1.amazonaws.com/nested/key.txt');
  });

  it('answers path style at one local address (npm run cloud) in the region the credential scope names', async () => {
    const cloud = await newCloud();
    const body = '<CreateBucketConfiguration><LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>';
    const created = await cloud.fetchLocal('http://127.0.0.1:4566/local-bucket', { method: 'PUT', headers: { authorization: SIGNED('eu-west-1') }, body });
    expect(created.status).toBe(200);
    expect(cloud.records(s3).buckets['local-bucket']?.region).toBe('eu-west-1');
    const head = await cloud.fetchLocal('http://127.0.0.1:4566/local-bucket', { method: 'HEAD', headers: { authorization: SIGNED('eu-west-1') } });
    expect(head.headers.get('x-amz-bucket-region')).toBe('eu-west-1');
  });

  it('answers an operation it does not simulate with NotImplemented', async () => {
    const cloud = await newCloud();
    const answered = await cloud.fetch('https://s3.amazonaws.com/route-bucket', { method: 'DELETE' });
    expect(answered.status).toBe(501);
    expect(errorOf(await answered.text()).Code).toBe('NotImplemented');
  });
});
