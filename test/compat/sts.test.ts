import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { createCloud, type Cloud } from '../../src/engine';
import { cloudClientConfig } from '../support/sdkHandler';
import { STS_MESSAGES } from '../../src/engine/sts/lib/messages';
import { newCloud } from '../support/cloud';
import { classicGuestPool, guestRole, guestToken } from '../support/credentials';
import { ADMIN } from '../support/sign';

/** The real STS client against the simulated cloud; its clock offset makes its signatures current at the cloud's time. */
const stsClient = (cloud: Cloud, credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } = ADMIN, region = 'ap-south-1') =>
  new STSClient(cloudClientConfig(cloud, credentials, region));

describe('the real @aws-sdk/client-sts', () => {
  it('gets the caller identity of the administrator pair, its signature verified', async () => {
    const cloud = await createCloud({ accountId: '444455556666' });
    const answer = await stsClient(cloud).send(new GetCallerIdentityCommand({}));
    expect(answer).toMatchObject({ Account: '444455556666', UserId: '444455556666', Arn: 'arn:aws:iam::444455556666:root' });
    expect(cloud.log.entries.at(-1)).toMatchObject({ service: 'sts', region: 'ap-south-1', action: 'GetCallerIdentity', status: 200 });
  });

  it('surfaces a wrong secret as the SDK error SignatureDoesNotMatch', async () => {
    const cloud = await createCloud();
    const failure = await stsClient(cloud, { ...ADMIN, secretAccessKey: 'wrong' })
      .send(new GetCallerIdentityCommand({}))
      .catch((error: Error) => error);
    expect(failure).toMatchObject({ name: 'SignatureDoesNotMatch', $metadata: { httpStatusCode: 403 } });
    expect((failure as Error).message).toMatch(/^The request signature we calculated does not match/);
  });

  it('assumes a role with a web identity token, unsigned, and signs GetCallerIdentity with the credentials it returns', async () => {
    const cloud = await newCloud({ accountId: '444455556666' });
    const identityPoolId = await classicGuestPool(cloud);
    const roleArn = await guestRole(cloud, identityPoolId, { roleName: 'Guest' });
    const { identityId, token } = await guestToken(cloud, identityPoolId);
    const assumed = await stsClient(cloud).send(
      new AssumeRoleWithWebIdentityCommand({ RoleArn: roleArn, RoleSessionName: 'web', WebIdentityToken: token, DurationSeconds: 900 }),
    );
    expect(cloud.log.entries.at(-1)?.http.request.headers['authorization']).toBeUndefined();
    expect(assumed).toMatchObject({
      SubjectFromWebIdentityToken: identityId,
      Audience: identityPoolId,
      Provider: 'cognito-identity.amazonaws.com',
      AssumedRoleUser: { Arn: 'arn:aws:sts::444455556666:assumed-role/Guest/web', AssumedRoleId: expect.stringMatching(/^AROA[A-Z2-7]{17}:web$/) },
    });
    expect(assumed.Credentials?.Expiration).toEqual(new Date(cloud.clock.now() + 900_000));
    const credentials = {
      accessKeyId: assumed.Credentials!.AccessKeyId!,
      secretAccessKey: assumed.Credentials!.SecretAccessKey!,
      sessionToken: assumed.Credentials!.SessionToken!,
    };
    const me = await stsClient(cloud, credentials, 'eu-west-1').send(new GetCallerIdentityCommand({}));
    expect(me).toEqual(
      expect.objectContaining({
        Account: '444455556666',
        Arn: 'arn:aws:sts::444455556666:assumed-role/Guest/web',
        UserId: assumed.AssumedRoleUser!.AssumedRoleId,
      }),
    );
    expect(cloud.log.entries.at(-1)?.http.request.headers['x-amz-security-token']).toBe(credentials.sessionToken);

    cloud.clock.advance(900_000);
    const failure = await stsClient(cloud, credentials)
      .send(new GetCallerIdentityCommand({}))
      .catch((error: Error) => error);
    expect(failure).toMatchObject({
      name: 'ExpiredToken',
      message: 'The security token included in the request is expired',
      $metadata: { httpStatusCode: 403 },
    });
  });

  it('surfaces a token that is not a JWT as InvalidIdentityTokenException, with STS’s words', async () => {
    const cloud = await newCloud();
    const identityPoolId = await classicGuestPool(cloud);
    const roleArn = await guestRole(cloud, identityPoolId);
    const failure = await stsClient(cloud)
      .send(new AssumeRoleWithWebIdentityCommand({ RoleArn: roleArn, RoleSessionName: 'web', WebIdentityToken: 'not.a.jwt' }))
      .catch((error: Error) => error);
    expect(failure).toMatchObject({ name: 'InvalidIdentityTokenException', message: STS_MESSAGES.invalidToken, $metadata: { httpStatusCode: 400 } });
  });
});
