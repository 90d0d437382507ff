import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { createCloud, type Cloud } from '../../src/engine';
import { cloudRequestHandler } from '../support/sdkHandler';
import { ADMIN } from '../support/sign';

/** The real STS client against the simulated cloud; its clock offset makes its signatures current at the cloud's time. */
const stsClient = (cloud: Cloud, credentials = ADMIN, region = 'ap-south-1') =>
  new STSClient({ region, credentials, requestHandler: cloudRequestHandler(cloud), maxAttempts: 1, systemClockOffset: cloud.clock.now() - Date.now() });

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
});
