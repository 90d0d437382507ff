import { describe, expect, it } from 'vitest';
import { createCloud, MINUTE, ManualClock } from '../../../src/engine';
import { ADMIN, sendSigned } from '../../support/sign';

const FORM = 'Action=GetCallerIdentity&Version=2011-06-15';
const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

const codeAndMessage = (xml: string) => ({ code: /<Code>([^<]*)<\/Code>/.exec(xml)?.[1], message: /<Message>([^<]*)<\/Message>/.exec(xml)?.[1] });

describe('GetCallerIdentity', () => {
  it('names the root user of the account for the administrator pair, at the global and at a regional host', async () => {
    const cloud = await createCloud({ accountId: '111122223333' });
    for (const [url, region] of [
      ['https://sts.amazonaws.com/', 'us-east-1'],
      ['https://sts.ap-south-1.amazonaws.com/', 'ap-south-1'],
    ] as const) {
      const response = await sendSigned(cloud, url, FORM, { region });
      const xml = await response.text();
      expect(response.status).toBe(200);
      expect(xml).toContain('<Arn>arn:aws:iam::111122223333:root</Arn>');
      expect(xml).toContain('<UserId>111122223333</UserId>');
      expect(xml).toContain('<Account>111122223333</Account>');
      expect(xml).toContain('xmlns="https://sts.amazonaws.com/doc/2011-06-15/"');
    }
  });

  it('refuses an unsigned request before it reaches the action', async () => {
    const cloud = await createCloud();
    const response = await cloud.fetch('https://sts.amazonaws.com/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: FORM,
    });
    expect(response.status).toBe(403);
    expect(codeAndMessage(await response.text())).toEqual({ code: 'MissingAuthenticationToken', message: 'Request is missing Authentication Token' });
  });

  it('refuses the administrator key signed with another secret', async () => {
    const cloud = await createCloud();
    const response = await sendSigned(cloud, 'https://sts.amazonaws.com/', FORM, { credentials: { ...ADMIN, secretAccessKey: 'not-the-secret' } });
    expect(response.status).toBe(403);
    expect(codeAndMessage(await response.text())).toEqual({ code: 'SignatureDoesNotMatch', message: MISMATCH });
    expect(cloud.log.entries.at(-1)).toMatchObject({ service: 'sts', action: 'GetCallerIdentity', error: { code: 'SignatureDoesNotMatch' } });
  });

  it('refuses a signature more than 5 minutes old at the cloud clock, and takes one 4 minutes old', async () => {
    const clock = new ManualClock(Date.UTC(2026, 0, 15, 9));
    const cloud = await createCloud({ clock });
    const at = clock.now();
    clock.advance(4 * MINUTE);
    expect((await sendSigned(cloud, 'https://sts.amazonaws.com/', FORM, { at })).status).toBe(200);
    clock.advance(2 * MINUTE);
    const late = await sendSigned(cloud, 'https://sts.amazonaws.com/', FORM, { at });
    expect(late.status).toBe(403);
    expect(codeAndMessage(await late.text())).toEqual({
      code: 'SignatureDoesNotMatch',
      message: 'Signature expired: 20260115T090000Z is now earlier than 20260115T090100Z (20260115T090600Z - 5 min.)',
    });
  });

  it('does not know a temporary key it never issued', async () => {
    const cloud = await createCloud();
    const response = await sendSigned(cloud, 'https://sts.amazonaws.com/', FORM, {
      credentials: { accessKeyId: 'ASIAIOSFODNN7EXAMPLE', secretAccessKey: ADMIN.secretAccessKey, sessionToken: 'token' },
    });
    expect(response.status).toBe(403);
    expect(codeAndMessage(await response.text())).toEqual({ code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.' });
  });

  it('lets any other long-term key act as the administrator unverified (SIMPLIFIED, as local emulators do)', async () => {
    const cloud = await createCloud();
    const response = await sendSigned(cloud, 'https://sts.amazonaws.com/', FORM, { credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(':root</Arn>');
  });

  it('verifies a request whose fetch dropped the host header the SDK signed', async () => {
    const cloud = await createCloud();
    const signed = await sendSigned(cloud, 'https://sts.amazonaws.com/', FORM, {
      headers: { 'content-length': String(FORM.length) },
      drop: ['host', 'content-length'],
    });
    expect(signed.status).toBe(200);
    const entry = cloud.log.entries.at(-1)!;
    expect(entry.http.request.headers['host']).toBeUndefined();
    expect(entry.http.request.headers['authorization']).toMatch(/SignedHeaders=content-length;content-type;host;/);
    expect(entry.http.request.headers['content-length']).toBeUndefined();
  });
});

describe('signatures on a JSON service', () => {
  it('answers a user-pool call signed with the wrong secret for the administrator key with InvalidSignatureException', async () => {
    const cloud = await createCloud();
    const response = await sendSigned(cloud, 'https://cognito-idp.us-east-1.amazonaws.com/', '{"MaxResults":10}', {
      credentials: { ...ADMIN, secretAccessKey: 'wrong' },
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.ListUserPools' },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ __type: 'InvalidSignatureException', message: MISMATCH });
  });

  it('still takes an unsigned user-pool call (SIMPLIFIED: user pools are not IAM-authorized)', async () => {
    const cloud = await createCloud();
    const response = await cloud.fetch('https://cognito-idp.us-east-1.amazonaws.com/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityProviderService.ListUserPools' },
      body: '{"MaxResults":10}',
    });
    expect(response.status).toBe(200);
  });
});
