/**
 * Each protocol through the whole cloud: a test-only service per protocol, registered beside the real ones, answering the
 * real SDK v3 clients through cloud.fetch (routed by host, parsed, validated, answered and logged by the one pipeline).
 */
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { CloudError, createCloud, SERVICES, SITES, type ServiceDescriptor } from '../../src/engine';
import { query } from '../../src/engine/protocol/query';
import { cloudRequestHandler } from '../support/sdkHandler';
import { loadModel } from './protocol/harness';

const stsModel = loadModel('sts');

/** A tiny STS: who is calling, from the access key the request was signed with. */
const testSts: ServiceDescriptor<
  Record<string, never>,
  { GetCallerIdentity(ctx: unknown, input: Record<string, never>): { UserId: string; Account: string; Arn: string } }
> = {
  kind: 'service',
  id: 'test-sts',
  facade: 'testSts',
  participant: 'STS',
  sdk: { boto3: 'sts', cli: 'sts', jsPackage: '@aws-sdk/client-sts', jsClient: 'STSClient' },
  endpointPrefix: 'sts',
  signingName: 'sts',
  protocol: query,
  model: async () => stsModel as never,
  code: async () => ({
    actions: {
      GetCallerIdentity: () => ({ UserId: 'AIDAEXAMPLE', Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/learner' }),
    },
  }),
  validationError: 'ValidationError',
  stateVersion: 1,
  initialState: () => ({}),
  restore: () => ({}),
};

describe('the Query protocol through the cloud, with the real STS client', () => {
  it('routes by host, parses the form, answers XML the SDK reads, and logs the call', async () => {
    const cloud = await createCloud({ registry: { services: [testSts, ...SERVICES], sites: SITES } });
    const sts = new STSClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
      requestHandler: cloudRequestHandler(cloud),
      maxAttempts: 1,
    });
    const who = await sts.send(new GetCallerIdentityCommand({}));
    expect({ UserId: who.UserId, Account: who.Account, Arn: who.Arn }).toEqual({
      UserId: 'AIDAEXAMPLE',
      Account: '123456789012',
      Arn: 'arn:aws:iam::123456789012:user/learner',
    });
    expect(cloud.log.latest).toMatchObject({ service: 'test-sts', region: 'eu-west-1', action: 'GetCallerIdentity', status: 200 });
    expect(cloud.log.latest?.http.response.body).toContain('<GetCallerIdentityResponse');
  });

  it('writes a CloudError as Query XML the SDK turns back into the same code and message', async () => {
    const failing = {
      ...testSts,
      code: async () => ({
        actions: {
          GetCallerIdentity: () => {
            throw new CloudError('ExpiredTokenException', 'The security token included in the request is expired', 400);
          },
        },
      }),
    };
    const cloud = await createCloud({ registry: { services: [failing, ...SERVICES], sites: SITES } });
    const sts = new STSClient({
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' },
      requestHandler: cloudRequestHandler(cloud),
      maxAttempts: 1,
    });
    const error = await sts
      .send(new GetCallerIdentityCommand({}))
      .catch((e: unknown) => e as { name: string; message: string; $metadata: { httpStatusCode: number } });
    expect({ name: (error as { name: string }).name, message: (error as { message: string }).message }).toEqual({
      name: 'ExpiredTokenException',
      message: 'The security token included in the request is expired',
    });
  });
});
