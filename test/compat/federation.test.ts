import {
  CognitoIdentityClient,
  CreateIdentityPoolCommand,
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  NotAuthorizedException,
  SetIdentityPoolRolesCommand,
} from '@aws-sdk/client-cognito-identity';
import { CreateOpenIDConnectProviderCommand, CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, InvalidIdentityTokenException, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { cognitoTrustPolicy } from '../../src/engine';
import { cloudClientConfig } from '../support/sdkHandler';
import { GOOGLE_ISSUER, idpCloud, idToken, TEST_OIDC_ISSUER } from '../support/testIdp';

const GOOGLE_CLIENT = '123456789012-simulated.apps.googleusercontent.com';

describe('federation straight to AWS credentials through the real SDK v3 clients', () => {
  it('a Google ID token: cognito-identity GetId and GetCredentialsForIdentity, then STS knows the session', async () => {
    const cloud = await idpCloud();
    const identity = new CognitoIdentityClient(cloudClientConfig(cloud));
    const iamClient = new IAMClient(cloudClientConfig(cloud, undefined, 'us-east-1'));
    const pool = await identity.send(
      new CreateIdentityPoolCommand({
        IdentityPoolName: 'google_direct',
        AllowUnauthenticatedIdentities: false,
        SupportedLoginProviders: { 'accounts.google.com': GOOGLE_CLIENT },
      }),
    );
    const role = await iamClient.send(
      new CreateRoleCommand({ RoleName: 'GoogleUsers', AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(pool.IdentityPoolId!, 'authenticated')) }),
    );
    await identity.send(new SetIdentityPoolRolesCommand({ IdentityPoolId: pool.IdentityPoolId!, Roles: { authenticated: role.Role!.Arn! } }));
    const token = await idToken(cloud.clock.now(), { iss: GOOGLE_ISSUER, aud: GOOGLE_CLIENT, sub: '110169484474386276334' });
    const { IdentityId } = await identity.send(new GetIdCommand({ IdentityPoolId: pool.IdentityPoolId!, Logins: { 'accounts.google.com': token } }));
    const answer = await identity.send(new GetCredentialsForIdentityCommand({ IdentityId: IdentityId!, Logins: { 'accounts.google.com': token } }));
    expect(answer.Credentials?.Expiration).toBeInstanceOf(Date);
    const session = new STSClient(
      cloudClientConfig(cloud, {
        accessKeyId: answer.Credentials!.AccessKeyId!,
        secretAccessKey: answer.Credentials!.SecretKey!,
        sessionToken: answer.Credentials!.SessionToken!,
      }),
    );
    expect((await session.send(new GetCallerIdentityCommand({}))).Arn).toBe('arn:aws:sts::123456789012:assumed-role/GoogleUsers/CognitoIdentityCredentials');

    const wrong = await identity
      .send(
        new GetIdCommand({
          IdentityPoolId: pool.IdentityPoolId!,
          Logins: { 'accounts.google.com': await idToken(cloud.clock.now(), { iss: GOOGLE_ISSUER, aud: 'x' }) },
        }),
      )
      .catch((e: unknown) => e as Error);
    expect(wrong).toBeInstanceOf(NotAuthorizedException);
    expect((wrong as Error).message).toBe('Invalid login token. Incorrect token audience.');
  });

  it('an OIDC provider’s ID token: STS AssumeRoleWithWebIdentity through an IAM OIDC provider', async () => {
    const cloud = await idpCloud();
    const iamClient = new IAMClient(cloudClientConfig(cloud, undefined, 'us-east-1'));
    const { OpenIDConnectProviderArn } = await iamClient.send(new CreateOpenIDConnectProviderCommand({ Url: TEST_OIDC_ISSUER, ClientIDList: ['test-client'] }));
    const trust = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: OpenIDConnectProviderArn },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { 'idp.test.example:aud': 'test-client' } },
        },
      ],
    };
    const role = await iamClient.send(new CreateRoleCommand({ RoleName: 'OidcUsers', AssumeRolePolicyDocument: JSON.stringify(trust) }));
    const sts = new STSClient(cloudClientConfig(cloud));
    const answer = await sts.send(
      new AssumeRoleWithWebIdentityCommand({ RoleArn: role.Role!.Arn!, RoleSessionName: 'web', WebIdentityToken: await idToken(cloud.clock.now(), {}) }),
    );
    expect(answer).toMatchObject({ Provider: OpenIDConnectProviderArn, Audience: 'test-client', SubjectFromWebIdentityToken: '248289761001' });
    expect(answer.AssumedRoleUser?.Arn).toBe('arn:aws:sts::123456789012:assumed-role/OidcUsers/web');

    const refused = await sts
      .send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: role.Role!.Arn!,
          RoleSessionName: 'web',
          WebIdentityToken: await idToken(cloud.clock.now(), { aud: 'x' }),
        }),
      )
      .catch((e: unknown) => e as Error & { $metadata?: { httpStatusCode?: number } });
    expect(refused).toBeInstanceOf(InvalidIdentityTokenException);
    expect((refused as Error).message).toBe('Incorrect token audience');
    expect((refused as { $metadata: { httpStatusCode?: number } }).$metadata.httpStatusCode).toBe(400);
  });
});
