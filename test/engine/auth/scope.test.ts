import { describe, expect, it } from 'vitest';
import { newCloud } from '../../support/cloud';
import { sendSigned } from '../../support/sign';

const IDENTITY_FORM = 'Action=GetCallerIdentity&Version=2011-06-15';
const ENTITIES: Record<string, string> = { '&apos;': "'", '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>' };
const unescape = (xml: string) => xml.replace(/&(apos|quot|amp|lt|gt);/g, (entity) => ENTITIES[entity]!);
/** The error's code and message, from an XML or a JSON body. */
const codeAndMessage = (text: string) =>
  text.startsWith('<')
    ? { code: /<Code>([^<]*)<\/Code>/.exec(text)?.[1], message: unescape(/<Message>([^<]*)<\/Message>/.exec(text)?.[1] ?? '') }
    : { code: (JSON.parse(text) as { __type: string }).__type, message: (JSON.parse(text) as { message: string }).message };

describe('the credential scope must name the service and region the request went to', () => {
  it('refuses a signature scoped to another region at a regional host, and accepts the right one', async () => {
    const cloud = await newCloud();
    const wrong = await sendSigned(cloud, 'https://sts.eu-west-1.amazonaws.com/', IDENTITY_FORM, { region: 'us-east-2', service: 'sts' });
    expect(wrong.status).toBe(403);
    expect(codeAndMessage(await wrong.text())).toEqual({
      code: 'SignatureDoesNotMatch',
      message: "Credential should be scoped to a valid region, not 'us-east-2'. ",
    });
    expect((await sendSigned(cloud, 'https://sts.eu-west-1.amazonaws.com/', IDENTITY_FORM, { region: 'eu-west-1', service: 'sts' })).status).toBe(200);
    // The global endpoint is signed for us-east-1.
    expect((await sendSigned(cloud, 'https://sts.amazonaws.com/', IDENTITY_FORM, { region: 'us-east-1', service: 'sts' })).status).toBe(200);
  });

  it('refuses a signature scoped to another service, in each protocol', async () => {
    const cloud = await newCloud();
    const query = await sendSigned(cloud, 'https://sts.amazonaws.com/', IDENTITY_FORM, { region: 'us-east-1', service: 'iam' });
    expect(codeAndMessage(await query.text())).toEqual({ code: 'SignatureDoesNotMatch', message: "Credential should be scoped to correct service: 'sts'. " });
    const json = await sendSigned(cloud, 'https://cognito-identity.us-east-1.amazonaws.com/', '{"MaxResults":10}', {
      region: 'us-east-1',
      service: 'sts',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityService.ListIdentityPools' },
    });
    expect(codeAndMessage(await json.text())).toEqual({
      code: 'InvalidSignatureException',
      message: "Credential should be scoped to correct service: 'cognito-identity'. ",
    });
    const s3 = await sendSigned(cloud, 'https://s3.us-east-1.amazonaws.com/', '', { region: 'us-east-1', service: 'sts', method: 'GET' });
    expect(s3.status).toBe(400);
    expect(codeAndMessage(await s3.text())).toEqual({
      code: 'AuthorizationHeaderMalformed',
      message: 'The authorization header is malformed; incorrect service "sts". This endpoint belongs to "s3".',
    });
  });
});
