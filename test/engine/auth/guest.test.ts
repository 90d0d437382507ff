// A guest's credentials from the enhanced flow (GetCredentialsForIdentity) carry Cognito's scope-down session policies:
// even under a role that allows everything, a service outside them is denied "because no session policy allows" it.
import { describe, expect, it } from 'vitest';
import { cognitoTrustPolicy } from '../../../src/engine';
import { newCloud } from '../../support/cloud';
import { sendSigned } from '../../support/sign';

type Cloud = Awaited<ReturnType<typeof newCloud>>;

const EVERYTHING = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };

async function guestCredentials(cloud: Cloud) {
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({ IdentityPoolName: 'guests', AllowUnauthenticatedIdentities: true });
  const { Role } = await cloud.iam.createRole({
    RoleName: 'Guest',
    AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(IdentityPoolId, 'unauthenticated')),
  });
  await cloud.iam.putRolePolicy({ RoleName: 'Guest', PolicyName: 'everything', PolicyDocument: JSON.stringify(EVERYTHING) });
  await cloud.cognitoIdentity.setIdentityPoolRoles({ IdentityPoolId, Roles: { unauthenticated: Role.Arn } });
  const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId });
  const { Credentials } = await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: IdentityId! });
  return {
    credentials: { accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretKey!, sessionToken: Credentials!.SessionToken! },
    assumedRoleArn: `arn:aws:sts::${cloud.accountId}:assumed-role/Guest/CognitoIdentityCredentials`,
  };
}

describe('a guest’s enhanced-flow credentials', () => {
  it('are denied a service outside Cognito’s scope-down by no session policy, and allowed one inside it', async () => {
    const cloud = await newCloud();
    await cloud.s3.createBucket({ Bucket: 'public-notes' });
    await cloud.s3.putObject({ Bucket: 'public-notes', Key: 'hello.txt', Body: 'hi' } as never);
    const guest = await guestCredentials(cloud);

    const listRoles = await sendSigned(cloud, 'https://iam.amazonaws.com/', 'Action=ListRoles&Version=2010-05-08', {
      credentials: guest.credentials,
      region: 'us-east-1',
    });
    const xml = await listRoles.text();
    expect(listRoles.status).toBe(403);
    expect(/<Code>([^<]*)<\/Code>/.exec(xml)?.[1]).toBe('AccessDenied');
    expect(/<Message>([^<]*)<\/Message>/.exec(xml)?.[1]).toBe(
      `User: ${guest.assumedRoleArn} is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::${cloud.accountId}:role/ because no session policy allows the iam:ListRoles action`,
    );
    const entry = cloud.log.entries.at(-1)!;
    expect(entry.authorization).toMatchObject({ action: 'iam:ListRoles', decision: 'implicitDeny', reason: 'session' });
    expect(entry.authorization?.trace.policies.map((p) => p.type)).toEqual(['identity', 'session', 'session']);

    const read = await sendSigned(cloud, 'https://public-notes.s3.us-east-1.amazonaws.com/hello.txt', '', { method: 'GET', credentials: guest.credentials });
    expect(read.status).toBe(200);
    expect(await read.text()).toBe('hi');
    expect(cloud.log.entries.at(-1)!.authorization).toMatchObject({ action: 's3:GetObject', decision: 'allow', reason: 'session' });
  });
});
