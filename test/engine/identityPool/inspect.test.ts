import { describe, expect, it } from 'vitest';
import { cognitoIdentity, sts } from '../../../src/engine';
import { newCloud } from '../../support/cloud';
import { credentialPool, type IdentityCredentials } from './support';

describe('the identity pools and STS read models', () => {
  it("show a pool's roles and identities, and the credentials STS issued a guest with its scope-down policies", async () => {
    const cloud = await newCloud();
    const pool = await credentialPool(cloud);
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId });
    const answer = await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId });
    const credentials = answer.Credentials as IdentityCredentials;

    const pools = cloud.inspect(cognitoIdentity).pools;
    expect(pools).toHaveLength(1);
    expect(pools[0]).toMatchObject({
      id: pool.identityPoolId,
      name: 'credentials',
      region: 'us-east-1',
      allowUnauthenticated: true,
      roles: { authenticated: pool.authRole, unauthenticated: pool.guestRole },
      identities: [{ identityId: IdentityId, logins: [] }],
    });

    const issued = cloud.inspect(sts).credentials;
    expect(issued).toHaveLength(1);
    expect(issued[0]).toMatchObject({
      accessKeyId: credentials.AccessKeyId,
      secretAccessKey: credentials.SecretKey,
      sessionToken: credentials.SessionToken,
      expiration: credentials.Expiration * 1000,
      roleArn: pool.guestRole,
      assumedRoleArn: `arn:aws:sts::${cloud.accountId}:assumed-role/Guest/CognitoIdentityCredentials`,
      webIdentity: { provider: 'cognito-identity.amazonaws.com', subject: IdentityId, audience: pool.identityPoolId, amr: ['unauthenticated'] },
    });
    expect(issued[0]!.sessionPolicies).toHaveLength(2);
    // A copy: changing it changes nothing in the cloud.
    issued[0]!.sessionPolicies.length = 0;
    expect(cloud.inspect(sts).credentials[0]!.sessionPolicies).toHaveLength(2);
  });
});
