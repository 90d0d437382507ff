import { describe, expect, it } from 'vitest';
import { MINUTE, sts } from '../../../src/engine';
import { SESSION_MESSAGES } from '../../../src/engine/auth/sessionErrors';
import { Random, seedState } from '../../../src/engine/kernel/ids';
import { issueCredentials } from '../../../src/engine/sts/lib/credentials';
import { newCloud } from '../../support/cloud';
import { sendSigned } from '../../support/sign';

type TestCloud = Awaited<ReturnType<typeof newCloud>>;
type Keys = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

const IDENTITY_FORM = 'Action=GetCallerIdentity&Version=2011-06-15';
const UNKNOWN = { accessKeyId: 'ASIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'token' };
const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

/**
 * A role session issued straight into STS's store (AssumeRoleWithWebIdentity's own tests go through the action), of a role
 * whose policy allows the requests below: requests with issued credentials are authorized by IAM.
 */
async function session(durationSeconds = 900): Promise<{ cloud: TestCloud; keys: Keys }> {
  const cloud = await newCloud({ accountId: '111122223333' });
  const { Role } = await cloud.iam.createRole({ RoleName: 'Reader', AssumeRolePolicyDocument: JSON.stringify(TRUST) });
  await cloud.iam.putRolePolicy({ RoleName: 'Reader', PolicyName: 'list', PolicyDocument: JSON.stringify(LIST_POLICY) });
  const issued = issueCredentials(cloud.records(sts), new Random(seedState('session')), cloud.clock.now(), durationSeconds, {
    roleArn: Role.Arn,
    roleId: Role.RoleId,
    sessionName: 'app1',
    assumedRoleArn: 'arn:aws:sts::111122223333:assumed-role/Reader/app1',
    sessionPolicies: [],
    tags: {},
  });
  return { cloud, keys: { accessKeyId: issued.AccessKeyId, secretAccessKey: issued.SecretAccessKey, sessionToken: issued.SessionToken } };
}

const TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity' }],
};
const LIST_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:ListAllMyBuckets', 'cognito-identity:ListIdentityPools'], Resource: '*' }],
};

const xmlError = (xml: string) => ({ code: /<Code>([^<]*)<\/Code>/.exec(xml)?.[1], message: /<Message>([^<]*)<\/Message>/.exec(xml)?.[1] });

/** Each protocol's request, signed with `keys`: STS (Query), S3 (REST-XML) and Cognito Identity (JSON). */
const requests = {
  sts: (cloud: TestCloud, keys: Keys, region = 'us-east-1') =>
    sendSigned(cloud, region === 'us-east-1' ? 'https://sts.amazonaws.com/' : `https://sts.${region}.amazonaws.com/`, IDENTITY_FORM, {
      credentials: keys,
      region,
    }),
  s3: (cloud: TestCloud, keys: Keys, region = 'us-east-1') =>
    sendSigned(cloud, `https://s3.${region}.amazonaws.com/`, '', { credentials: keys, region, method: 'GET', service: 's3' }),
  json: (cloud: TestCloud, keys: Keys, region = 'us-east-1') =>
    sendSigned(cloud, `https://cognito-identity.${region}.amazonaws.com/`, '{"MaxResults":10}', {
      credentials: keys,
      region,
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityService.ListIdentityPools' },
    }),
};

/** The error code and message of an answer, in its protocol's shape. */
async function errorOf(response: Response): Promise<{ status: number; code?: string; message?: string }> {
  const text = await response.text();
  if (text.startsWith('{')) {
    const body = JSON.parse(text) as { __type: string; message: string };
    return { status: response.status, code: body.__type, message: body.message };
  }
  return { status: response.status, ...xmlError(text) };
}

describe('requests signed with temporary credentials', () => {
  it('are verified and act as the role session: GetCallerIdentity names the assumed role', async () => {
    const { cloud, keys } = await session();
    const response = await requests.sts(cloud, keys);
    const xml = await response.text();
    expect(response.status).toBe(200);
    expect(xml).toContain('<Arn>arn:aws:sts::111122223333:assumed-role/Reader/app1</Arn>');
    expect(xml).toMatch(/<UserId>AROA[A-Z2-7]{17}:app1<\/UserId>/);
    expect(xml).toContain('<Account>111122223333</Account>');
  });

  it('work in every region and for every service', async () => {
    const { cloud, keys } = await session();
    for (const region of ['eu-west-1', 'ap-south-1']) {
      expect((await requests.sts(cloud, keys, region)).status).toBe(200);
      expect((await requests.s3(cloud, keys, region)).status).toBe(200);
      expect((await requests.json(cloud, keys, region)).status).toBe(200);
    }
  });

  it('are refused when signed with another secret (SignatureDoesNotMatch)', async () => {
    const { cloud, keys } = await session();
    expect(await errorOf(await requests.sts(cloud, { ...keys, secretAccessKey: 'not-the-secret' }))).toEqual({
      status: 403,
      code: 'SignatureDoesNotMatch',
      message: MISMATCH,
    });
  });

  it('answer an ASIA key STS never issued in each protocol', async () => {
    const cloud = await newCloud();
    expect(await errorOf(await requests.sts(cloud, UNKNOWN))).toEqual({ status: 403, code: 'InvalidClientTokenId', message: SESSION_MESSAGES.invalid });
    expect(await errorOf(await requests.s3(cloud, UNKNOWN))).toEqual({
      status: 403,
      code: 'InvalidAccessKeyId',
      message: 'The AWS Access Key Id you provided does not exist in our records.',
    });
    expect(await errorOf(await requests.json(cloud, UNKNOWN))).toEqual({
      status: 400,
      code: 'UnrecognizedClientException',
      message: SESSION_MESSAGES.invalid,
    });
  });

  for (const [what, token] of [
    ['a session token that is not the one issued', 'AQoDYXdzEJr'],
    ['no session token', undefined],
  ] as const) {
    it(`answer ${what} in each protocol`, async () => {
      const { cloud, keys } = await session();
      const sent: Keys = { accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey, ...(token ? { sessionToken: token } : {}) };
      expect(await errorOf(await requests.sts(cloud, sent))).toEqual({ status: 403, code: 'InvalidClientTokenId', message: SESSION_MESSAGES.invalid });
      expect(await errorOf(await requests.s3(cloud, sent))).toEqual({ status: 400, code: 'InvalidToken', message: SESSION_MESSAGES.s3Invalid });
      expect(await errorOf(await requests.json(cloud, sent))).toEqual({ status: 400, code: 'UnrecognizedClientException', message: SESSION_MESSAGES.invalid });
    });
  }

  it('expire at the cloud clock: current a second before Expiration, ExpiredToken in each protocol at it', async () => {
    const { cloud, keys } = await session(900);
    cloud.clock.advance(15 * MINUTE - 1000);
    expect((await requests.sts(cloud, keys)).status).toBe(200);
    cloud.clock.advance(1000);
    expect(await errorOf(await requests.sts(cloud, keys))).toEqual({ status: 403, code: 'ExpiredToken', message: SESSION_MESSAGES.expired });
    expect(await errorOf(await requests.s3(cloud, keys))).toEqual({ status: 400, code: 'ExpiredToken', message: SESSION_MESSAGES.s3Expired });
    expect(await errorOf(await requests.json(cloud, keys))).toEqual({ status: 400, code: 'ExpiredTokenException', message: SESSION_MESSAGES.expired });
  });

  it('are verified from a presigned URL carrying X-Amz-Security-Token', async () => {
    const { cloud, keys } = await session();
    const { SignatureV4 } = await import('@smithy/signature-v4');
    const { Sha256 } = await import('@aws-crypto/sha256-js');
    const signer = new SignatureV4({ credentials: keys, region: 'us-east-1', service: 's3', sha256: Sha256, uriEscapePath: false });
    // As @aws-sdk/s3-request-presigner does: the payload is left unsigned.
    const headers = { host: 's3.us-east-1.amazonaws.com', 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' };
    const presigned = await signer.presign(
      { method: 'GET', protocol: 'https:', hostname: 's3.us-east-1.amazonaws.com', path: '/', headers },
      { signingDate: new Date(cloud.clock.now()), expiresIn: 300 },
    );
    expect(presigned.query?.['X-Amz-Security-Token']).toBe(keys.sessionToken);
    const query = new URLSearchParams(presigned.query as Record<string, string>).toString();
    expect((await cloud.fetch(`https://s3.us-east-1.amazonaws.com/?${query}`)).status).toBe(200);
    const forged = query.replace(encodeURIComponent(keys.sessionToken!), 'forged');
    expect(await errorOf(await cloud.fetch(`https://s3.us-east-1.amazonaws.com/?${forged}`))).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
  });
});
