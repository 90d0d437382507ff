import { describe, expect, it } from 'vitest';
import { createActor, toPromise, type AnyActorLogic } from 'xstate';
import { ARTICLE_UNAUTHENTICATED_ROLE_POLICY, cognitoTrustPolicy, type Cloud } from '../../../src/engine';
import { createIdentityActors, identityPlaceholders } from '../../../src/flows/identityActors';
import type { HeldCredentials } from '../../../src/flows/identityWire';
import { newCloud } from '../../support/cloud';

const run = <T>(logic: AnyActorLogic, input: unknown): Promise<T> => toPromise(createActor(logic, { input }).start()) as Promise<T>;

async function guestPool(cloud: Cloud, classic = false) {
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: 'guests',
    AllowUnauthenticatedIdentities: true,
    ...(classic ? { AllowClassicFlow: true } : {}),
  });
  const { Role } = await cloud.iam.createRole({
    RoleName: 'Guest',
    AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(IdentityPoolId, 'unauthenticated')),
  });
  await cloud.iam.putRolePolicy({ RoleName: 'Guest', PolicyName: 'article', PolicyDocument: JSON.stringify(ARTICLE_UNAUTHENTICATED_ROLE_POLICY) });
  await cloud.cognitoIdentity.setIdentityPoolRoles({ IdentityPoolId, Roles: { unauthenticated: Role.Arn } });
  return { IdentityPoolId, roleArn: Role.Arn };
}

describe('identity actors against a real cloud', () => {
  it('placeholders reject with NotProvided', async () => {
    await expect(run(identityPlaceholders.getId, {})).rejects.toEqual({ code: 'NotProvided', message: 'No cloud actor "getId" was provided to this machine.' });
  });

  it('gives a guest credentials, signs a Sync read that is allowed and an S3 read that is denied with AWS’s reason', async () => {
    const cloud = await newCloud();
    const actors = createIdentityActors(cloud);
    const { IdentityPoolId } = await guestPool(cloud);
    await cloud.s3.createBucket({ Bucket: 'notes' });
    const { IdentityId } = await run<{ IdentityId: string }>(actors.getId, { IdentityPoolId });
    expect(IdentityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    const answer = await run<{ IdentityId: string; Credentials: { AccessKeyId: string; SecretKey: string; SessionToken: string; Expiration: number } }>(
      actors.getCredentialsForIdentity,
      { IdentityId },
    );
    expect(answer.Credentials.AccessKeyId).toMatch(/^ASIA/);
    expect(answer.Credentials.Expiration).toBe(cloud.clock.now() / 1000 + 3600);
    const credentials: HeldCredentials = {
      accessKeyId: answer.Credentials.AccessKeyId,
      secretAccessKey: answer.Credentials.SecretKey,
      sessionToken: answer.Credentials.SessionToken,
      expiration: answer.Credentials.Expiration,
    };
    const sync = await run<{ ok: boolean; status: number; json?: Record<string, unknown>; steps?: { signature: string } }>(actors.signedRequest, {
      credentials,
      request: { action: 'ListRecords', identityPoolId: IdentityPoolId, identityId: IdentityId, dataset: 'prefs' },
    });
    expect(sync.status).toBe(200);
    expect(typeof sync.json?.['SyncSessionToken']).toBe('string');
    expect(sync.steps?.signature).toMatch(/^[0-9a-f]{64}$/);
    const denied = await run<{ ok: boolean; status: number; code?: string; message?: string }>(actors.signedRequest, {
      credentials,
      request: { action: 'GetObject', bucket: 'notes', key: `${IdentityId}/a.txt` },
    });
    expect(denied).toMatchObject({ ok: false, status: 403, code: 'AccessDenied' });
    expect(denied.message).toBe(
      `User: arn:aws:sts::${cloud.accountId}:assumed-role/Guest/CognitoIdentityCredentials is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::notes/${IdentityId}/a.txt" because no identity-based policy allows the s3:GetObject action`,
    );
  });

  it('runs the basic flow and rejects a call AWS refuses with its code and message', async () => {
    const cloud = await newCloud();
    const actors = createIdentityActors(cloud);
    const { IdentityPoolId, roleArn } = await guestPool(cloud, true);
    const { IdentityId } = await run<{ IdentityId: string }>(actors.getId, { IdentityPoolId });
    const { Token } = await run<{ Token: string }>(actors.getOpenIdToken, { IdentityId });
    const assumed = await run<{ Credentials: { Expiration: number }; AssumedRoleUser: { Arn: string } }>(actors.assumeRoleWithWebIdentity, {
      RoleArn: roleArn,
      RoleSessionName: 'classic',
      WebIdentityToken: Token,
    });
    expect(assumed.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${cloud.accountId}:assumed-role/Guest/classic`);
    expect(assumed.Credentials.Expiration).toBe(cloud.clock.now() / 1000 + 3600);
    await run(actors.updateAssumeRolePolicy, { RoleName: 'Guest', PolicyDocument: JSON.stringify(cognitoTrustPolicy(IdentityPoolId, 'authenticated')) });
    await expect(run(actors.assumeRoleWithWebIdentity, { RoleArn: roleArn, RoleSessionName: 'classic', WebIdentityToken: Token })).rejects.toEqual({
      code: 'AccessDenied',
      message: 'Not authorized to perform sts:AssumeRoleWithWebIdentity',
    });
  });
});
