/** The registry's promise: a service is one descriptor and one registry line; the pipeline does the rest for it. */
import { describe, expect, it } from 'vitest';
import { cognitoIdp, createCloud, ManualClock, type Cloud } from '../../src/engine';
import { expectAwsError, FIXTURE_KEYS } from '../support/cloud';
import { echo, globalEcho, TEST_REGISTRY } from '../support/testServices';

type EchoCloud = Cloud & {
  echo: {
    echo(input: { Message: string }): Promise<{ Message: string; Region: string; Count: number }>;
    countPools(input: object): Promise<{ Pools: number }>;
  };
};

async function testCloud(): Promise<EchoCloud> {
  return (await createCloud({ keys: FIXTURE_KEYS, registry: TEST_REGISTRY })) as EchoCloud;
}

async function post(cloud: Cloud, host: string, target: string, body: unknown) {
  const response = await cloud.fetch(`https://${host}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': target },
    body: JSON.stringify(body),
  });
  return { status: response.status, type: response.headers.get('x-amzn-errortype'), body: (await response.json()) as Record<string, unknown> };
}

describe('a service registered only in this test', () => {
  it('answers at its hostname in every region, with state per region, and gets a facade', async () => {
    const cloud = await testCloud();
    expect(await post(cloud, 'echo.eu-west-1.amazonaws.com', 'TestEcho_20260101.Echo', { Message: 'hi' })).toEqual({
      status: 200,
      type: null,
      body: { Message: 'hi', Region: 'eu-west-1', Count: 1 },
    });
    expect((await post(cloud, 'echo.eu-west-1.amazonaws.com', 'TestEcho_20260101.Echo', { Message: 'hi' })).body['Count']).toBe(2);
    expect(await cloud.echo.echo({ Message: 'yo' })).toEqual({ Message: 'yo', Region: 'us-east-1', Count: 1 });
    expect(cloud.inspect(echo)).toEqual({ total: 3 });
    expect(cloud.log.latest).toMatchObject({ service: 'echo', region: 'us-east-1', action: 'Echo', status: 200 });
  });

  it('checks its model and answers with its own validation code, its own errors, and 501 for a real action it does not simulate', async () => {
    const cloud = await testCloud();
    expect(await post(cloud, 'echo.us-east-1.amazonaws.com', 'TestEcho_20260101.Echo', { Message: 'too long' })).toEqual({
      status: 400,
      type: 'ValidationException',
      body: {
        __type: 'ValidationException',
        message: "1 validation error detected: Value 'too long' at 'message' failed to satisfy constraint: Member must have length less than or equal to 5",
      },
    });
    await expectAwsError(cloud.echo.echo({ Message: 'boom' }), 'EchoFailed', 'The echo failed.');
    expect(await post(cloud, 'echo.us-east-1.amazonaws.com', 'TestEcho_20260101.Shout', {})).toEqual({
      status: 501,
      type: 'NotImplemented',
      body: { __type: 'NotImplemented', message: 'Shout is a real echo action, but this simulator does not simulate it yet.' },
    });
    expect((await post(cloud, 'echo.us-east-1.amazonaws.com', 'TestEcho_20260101.Whistle', {})).body).toEqual({
      __type: 'UnknownOperationException',
      message: '',
    });
  });

  it('reaches another service with ctx.call through the same pipeline: validated, logged with its parent, in the same region', async () => {
    const cloud = await testCloud();
    await cloud.call(cognitoIdp, 'CreateUserPool', { PoolName: 'one' });
    const { body } = await post(cloud, 'echo.us-east-1.amazonaws.com', 'TestEcho_20260101.CountPools', {});
    expect(body).toEqual({ Pools: 1 });
    const [, nested, outer] = cloud.log.entries;
    expect(nested).toMatchObject({
      service: 'cognito-idp',
      action: 'ListUserPools',
      region: 'us-east-1',
      parent: outer!.requestId,
      request: { MaxResults: 60 },
    });
    expect(outer).toMatchObject({ service: 'echo', action: 'CountPools', status: 200 });
    expect(outer!.parent).toBeUndefined();
    // Elsewhere, the pools of that region: none.
    expect((await post(cloud, 'echo.eu-west-1.amazonaws.com', 'TestEcho_20260101.CountPools', {})).body).toEqual({ Pools: 0 });
  });

  it('keeps an account-wide service in one state at one host', async () => {
    const cloud = (await testCloud()) as unknown as Cloud & { echoGlobal: { echo(i: { Message: string }): Promise<{ Count: number; Region: string }> } };
    expect(await post(cloud, 'echoglobal.amazonaws.com', 'TestEchoGlobal_20260101.Echo', { Message: 'a' })).toMatchObject({
      body: { Region: 'us-east-1', Count: 1 },
    });
    expect(await cloud.echoGlobal.echo({ Message: 'b' })).toMatchObject({ Count: 2 });
    expect(cloud.snapshot().services[globalEcho.id]).toEqual({ version: 3, regions: { global: { echoes: 2 } } });
  });

  it('snapshots each service with its state version, restores it, and refuses another version by name', async () => {
    const cloud = await testCloud();
    await cloud.echo.echo({ Message: 'x' });
    const snapshot = cloud.snapshot();
    expect(snapshot.services['echo']).toEqual({ version: 3, regions: { 'us-east-1': { echoes: 1 } } });
    const restored = (await createCloud({ snapshot, registry: TEST_REGISTRY })) as EchoCloud;
    expect(await restored.echo.echo({ Message: 'y' })).toMatchObject({ Count: 2 });
    snapshot.services['echo']!.version = 2;
    await expect(createCloud({ snapshot, registry: TEST_REGISTRY })).rejects.toThrow("The snapshot's echo state is version 2; this simulator reads version 3.");
    await expect(createCloud({ snapshot: cloud.snapshot() })).rejects.toThrow('The snapshot holds state of a service this cloud does not simulate (echo).');
  });
});

describe('loading a service on first use', () => {
  it('loads its model and code once, when it is first asked something, and retries a load that failed', async () => {
    let loads = 0;
    let fail = true;
    const lazyEcho = {
      ...echo,
      code: () => {
        loads += 1;
        return fail ? Promise.reject(new Error('chunk unavailable')) : echo.code();
      },
    };
    const cloud = (await createCloud({ keys: FIXTURE_KEYS, registry: { ...TEST_REGISTRY, services: [cognitoIdp, lazyEcho] } })) as EchoCloud;
    await cloud.call(cognitoIdp, 'ListUserPools', { MaxResults: 1 });
    expect(loads).toBe(0);
    await expectAwsError(cloud.echo.echo({ Message: 'a' }), 'InternalFailure', 'The simulator could not load the code of echo: chunk unavailable. Try again.');
    fail = false;
    expect(await cloud.echo.echo({ Message: 'b' })).toMatchObject({ Count: 1 });
    expect(await cloud.echo.echo({ Message: 'c' })).toMatchObject({ Count: 2 });
    expect(loads).toBe(2);
    expect(cloud.log.entries.map((e) => [e.action, e.status])).toEqual([
      ['ListUserPools', 200],
      ['Echo', 500],
      ['Echo', 200],
      ['Echo', 200],
    ]);
  });

  it('keeps the facade from looking like a promise', async () => {
    const cloud = await testCloud();
    expect((cloud.echo as unknown as { then?: unknown }).then).toBeUndefined();
    expect(await Promise.resolve(cloud.echo)).toBe(cloud.echo);
  });
});

describe('the cloud around its services', () => {
  it('peeks without logging, without drawing ids and without changing state', async () => {
    const cloud = await testCloud();
    const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'p' });
    const before = cloud.snapshot();
    const response = await cloud.peek(`https://cognito-idp.us-east-1.amazonaws.com/${UserPool.Id}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { keys: unknown[] }).keys).toHaveLength(2);
    expect(cloud.snapshot()).toEqual(before);
  });

  it('never moves a clock it was given, even when restoring a snapshot from another instant', async () => {
    const cloud = await testCloud();
    const snapshot = cloud.snapshot();
    const clock = new ManualClock(Date.UTC(2030, 0, 1));
    const restored = await createCloud({ snapshot, clock, registry: TEST_REGISTRY });
    expect(clock.now()).toBe(Date.UTC(2030, 0, 1));
    expect(restored.clock).toBe(clock);
  });

  it('reads a version 1 snapshot (one region of user pools) as version 2', async () => {
    const cloud = await createCloud({ keys: FIXTURE_KEYS });
    const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'old' });
    const v2 = cloud.snapshot();
    const { services, ...rest } = v2;
    const v1 = { ...rest, version: 1, userPools: services['cognito-idp']!.regions['us-east-1'] } as unknown as typeof v2;
    const restored = await createCloud({ snapshot: v1 });
    expect((await restored.cognitoIdp.describeUserPool({ UserPoolId: UserPool.Id })).UserPool?.Name).toBe('old');
  });

  it('marks every outbox message with the request that sent it', async () => {
    const cloud = await createCloud({ keys: FIXTURE_KEYS });
    const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'p', AutoVerifiedAttributes: ['email'] });
    const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: UserPool.Id, ClientName: 'c' });
    await cloud.cognitoIdp.signUp({
      ClientId: UserPoolClient.ClientId,
      Username: 'sam',
      Password: '#Abc1234',
      UserAttributes: [{ Name: 'email', Value: 'sam@example.com' }],
    });
    expect(cloud.outbox.latest?.requestId).toBe(cloud.log.latest?.requestId);
  });
});
