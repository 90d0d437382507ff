import { describe, expect, it } from 'vitest';
import { sendSigned } from '../../support/sign';
import { idpCloud, idToken, testOidcProvider } from '../../support/testIdp';

describe('a session from an IAM OIDC provider’s token', () => {
  it('gives the permissions policy the provider’s keys under its URL: ${idp.test.example:sub} names the caller’s folder', async () => {
    const cloud = await idpCloud();
    const providerArn = await testOidcProvider(cloud);
    await cloud.iam.createRole({
      RoleName: 'notes',
      AssumeRolePolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Federated: providerArn }, Action: 'sts:AssumeRoleWithWebIdentity' }],
      }),
    });
    await cloud.iam.putRolePolicy({
      RoleName: 'notes',
      PolicyName: 'own-folder',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::notes/${idp.test.example:sub}/*' }],
      }),
    });
    await cloud.s3.createBucket({ Bucket: 'notes' });
    await cloud.s3.putObject({ Bucket: 'notes', Key: 'alice/todo.txt', Body: 'mine' } as never);
    await cloud.s3.putObject({ Bucket: 'notes', Key: 'bob/todo.txt', Body: 'theirs' } as never);
    const { Credentials } = await cloud.sts.assumeRoleWithWebIdentity({
      RoleArn: 'arn:aws:iam::123456789012:role/notes',
      RoleSessionName: 'alice',
      WebIdentityToken: await idToken(cloud.clock.now(), { sub: 'alice' }),
    });
    const credentials = { accessKeyId: Credentials.AccessKeyId, secretAccessKey: Credentials.SecretAccessKey, sessionToken: Credentials.SessionToken };
    const mine = await sendSigned(cloud, 'https://notes.s3.us-east-1.amazonaws.com/alice/todo.txt', '', { method: 'GET', credentials });
    expect(mine.status).toBe(200);
    expect(await mine.text()).toBe('mine');
    const theirs = await sendSigned(cloud, 'https://notes.s3.us-east-1.amazonaws.com/bob/todo.txt', '', { method: 'GET', credentials });
    expect(theirs.status).toBe(403);
  });
});
