import { describe, expect, it } from 'vitest';
import { ADMIN_ACCESS_KEY_ID, ADMIN_SECRET_ACCESS_KEY, s3 } from '../../src/engine';
import { signedFetch } from '../../src/flows/signing';
import { newCloud } from '../support/cloud';

const ADMIN = { accessKeyId: ADMIN_ACCESS_KEY_ID, secretAccessKey: ADMIN_SECRET_ACCESS_KEY };
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe('signedFetch: the app signs with smithy and keeps the steps', () => {
  it('signs a Query call the front door accepts, and recomputes the same signature from its canonical request', async () => {
    const cloud = await newCloud();
    const { response, steps, headers } = await signedFetch(cloud, ADMIN, {
      method: 'POST',
      url: 'https://sts.amazonaws.com/',
      headers: FORM,
      body: 'Action=GetCallerIdentity&Version=2011-06-15',
      service: 'sts',
      region: 'us-east-1',
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`<Arn>arn:aws:iam::${cloud.accountId}:root</Arn>`);
    expect(steps!.signature).toBe(steps!.claimedSignature);
    expect(headers['authorization']).toContain(`Signature=${steps!.signature}`);
    expect(steps!.canonicalRequest.split('\n').slice(0, 3)).toEqual(['POST', '/', '']);
    expect(steps!.stringToSign.split('\n')[0]).toBe('AWS4-HMAC-SHA256');
    expect(steps!.credentialScope).toMatch(/^\d{8}\/us-east-1\/sts\/aws4_request$/);
  });

  it('signs S3 with the payload hash header, and a wrong secret is refused with SignatureDoesNotMatch', async () => {
    const cloud = await newCloud();
    const put = await signedFetch(cloud, ADMIN, {
      method: 'PUT',
      url: 'https://signed-bucket.s3.us-east-1.amazonaws.com/',
      service: 's3',
      region: 'us-east-1',
    });
    expect(put.response.status).toBe(200);
    expect(put.headers['x-amz-content-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(cloud.records(s3).buckets['signed-bucket']).toBeDefined();
    const wrong = await signedFetch(
      cloud,
      { ...ADMIN, secretAccessKey: 'not-the-secret' },
      { method: 'GET', url: 'https://signed-bucket.s3.us-east-1.amazonaws.com/', service: 's3', region: 'us-east-1' },
    );
    expect(wrong.response.status).toBe(403);
    expect(await wrong.response.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
    expect(wrong.steps!.signature).toBe(wrong.steps!.claimedSignature);
  });
});
