// SAML straight to AWS credentials through the real SDK v3 clients: STS AssumeRoleWithSAML, and an identity pool's
// GetId and GetCredentialsForIdentity with a SAML login; the credentials then sign S3 calls the role's policy allows (the
// user's own prefix, named with the ${saml:sub} policy variable) and one it denies.
import {
  CognitoIdentityClient,
  CreateIdentityPoolCommand,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  NotAuthorizedException,
} from '@aws-sdk/client-cognito-identity';
import { GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { AssumeRoleWithSAMLCommand, GetCallerIdentityCommand, InvalidIdentityTokenException, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { SAML_MESSAGES } from '../../src/engine/sts/lib/messages';
import { newCloud } from '../support/cloud';
import { tampered } from '../support/saml';
import { awsResponse, SAML_ACCOUNT, samlSetup } from '../support/samlSts';
import { cloudClientConfig, type ClientCredentials } from '../support/sdkHandler';

type Cloud = Awaited<ReturnType<typeof newCloud>>;

/** Each user of the IdP may read and write under `home/<their NameID>/` of the bucket, nothing else. */
const HOME_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::corp-files/home/${saml:sub}/*' }],
};

async function setup() {
  const cloud = await newCloud({ accountId: SAML_ACCOUNT });
  await cloud.s3.createBucket({ Bucket: 'corp-files' });
  const { providerArn, roleArn } = await samlSetup(cloud, { permissions: HOME_POLICY });
  return { cloud, providerArn, roleArn, pair: `${roleArn},${providerArn}` };
}

async function rejection(promise: Promise<unknown>): Promise<S3ServiceException> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: S3ServiceException) => e,
  );
}

/** The session's own prefix works; another user's is AccessDenied, in S3's words. */
async function expectHomeOnly(cloud: Cloud, credentials: ClientCredentials, assumedRoleArn: string) {
  const s3Client = new S3Client(cloudClientConfig(cloud, credentials, 'us-east-1'));
  await s3Client.send(new PutObjectCommand({ Bucket: 'corp-files', Key: 'home/maria-7f3c/notes.txt', Body: 'hello' }));
  const got = await s3Client.send(new GetObjectCommand({ Bucket: 'corp-files', Key: 'home/maria-7f3c/notes.txt' }));
  expect(await got.Body?.transformToString()).toBe('hello');
  const refused = await rejection(s3Client.send(new PutObjectCommand({ Bucket: 'corp-files', Key: 'home/joan-91aa/notes.txt', Body: 'x' })));
  expect(refused.name).toBe('AccessDenied');
  expect(refused.message).toBe(
    `User: ${assumedRoleArn} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::corp-files/home/joan-91aa/notes.txt" because no identity-based policy allows the s3:PutObject action`,
  );
}

describe('SAML federation through the real SDK v3 clients', () => {
  it('STS AssumeRoleWithSAML answers credentials that sign S3 calls under the user’s own prefix only', async () => {
    const { cloud, providerArn, roleArn, pair } = await setup();
    const sts = new STSClient(cloudClientConfig(cloud));
    const SAMLAssertion = await awsResponse(cloud, { roles: [pair] });
    const answer = await sts.send(new AssumeRoleWithSAMLCommand({ RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion }));
    expect(answer).toMatchObject({ Subject: 'maria-7f3c', SubjectType: 'persistent', Audience: 'https://signin.aws.amazon.com/saml' });
    expect(answer.Credentials?.Expiration).toBeInstanceOf(Date);
    const assumedRoleArn = `arn:aws:sts::${SAML_ACCOUNT}:assumed-role/SamlUsers/maria.garcia@example.com`;
    expect(answer.AssumedRoleUser?.Arn).toBe(assumedRoleArn);
    const credentials = {
      accessKeyId: answer.Credentials!.AccessKeyId!,
      secretAccessKey: answer.Credentials!.SecretAccessKey!,
      sessionToken: answer.Credentials!.SessionToken!,
    };
    expect((await new STSClient(cloudClientConfig(cloud, credentials)).send(new GetCallerIdentityCommand({}))).Arn).toBe(assumedRoleArn);
    await expectHomeOnly(cloud, credentials, assumedRoleArn);

    const forged = await sts
      .send(
        new AssumeRoleWithSAMLCommand({
          RoleArn: roleArn,
          PrincipalArn: providerArn,
          SAMLAssertion: tampered(SAMLAssertion, (xml) => xml.replace('maria-7f3c', 'joan-91aa')),
        }),
      )
      .catch((e: unknown) => e as Error);
    expect(forged).toBeInstanceOf(InvalidIdentityTokenException);
    expect((forged as Error).message).toBe(SAML_MESSAGES.badSignature);
  });

  it('an identity pool’s GetId and GetCredentialsForIdentity take the SAML response as a login', async () => {
    const { cloud, providerArn, pair } = await setup();
    const identity = new CognitoIdentityClient(cloudClientConfig(cloud));
    const pool = await identity.send(
      new CreateIdentityPoolCommand({ IdentityPoolName: 'corp', AllowUnauthenticatedIdentities: false, SamlProviderARNs: [providerArn] }),
    );
    const Logins = { [providerArn]: await awsResponse(cloud, { roles: [pair] }) };
    const { IdentityId } = await identity.send(new GetIdCommand({ IdentityPoolId: pool.IdentityPoolId!, Logins }));
    const answer = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId: IdentityId!, Logins }));
    expect(answer.IdentityId).toBe(IdentityId);
    expect(answer.Credentials?.Expiration).toBeInstanceOf(Date);
    const credentials = {
      accessKeyId: answer.Credentials!.AccessKeyId!,
      secretAccessKey: answer.Credentials!.SecretKey!,
      sessionToken: answer.Credentials!.SessionToken!,
    };
    await expectHomeOnly(cloud, credentials, `arn:aws:sts::${SAML_ACCOUNT}:assumed-role/SamlUsers/maria.garcia@example.com`);

    const stranger = await identity
      .send(new GetIdCommand({ IdentityPoolId: pool.IdentityPoolId!, Logins: { [providerArn]: await awsResponse(cloud, { roles: [pair], stranger: true }) } }))
      .catch((e: unknown) => e as Error);
    expect(stranger).toBeInstanceOf(NotAuthorizedException);
    expect((stranger as Error).message).toBe(`Invalid login token. ${SAML_MESSAGES.badSignature}`);
  });
});
