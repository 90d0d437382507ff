import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import { describe, expect, it } from 'vitest';
import { MINUTE, type Cloud } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { decode, signedInUser } from '../../support/users';

async function classicPool(cloud: Cloud, userPoolId: string, clientId: string, AllowClassicFlow = true) {
  const provider = `cognito-idp.${cloud.region}.amazonaws.com/${userPoolId}`;
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: 'classic',
    AllowUnauthenticatedIdentities: true,
    AllowClassicFlow,
    CognitoIdentityProviders: [{ ProviderName: provider, ClientId: clientId }],
  });
  return { IdentityPoolId, provider };
}

const jwks = async (cloud: Cloud) => (await (await cloud.fetch('https://cognito-identity.amazonaws.com/.well-known/jwks_uri')).json()) as JSONWebKeySet;

describe('GetOpenIdToken', () => {
  it("gives a guest an RS512 token from cognito-identity.amazonaws.com, valid 10 minutes, verifiable with the issuer's published keys", async () => {
    const cloud = await newCloud({ region: 'eu-west-1' });
    const user = await signedInUser(cloud, 'abc.xyz@gmail.com');
    const { IdentityPoolId } = await classicPool(cloud, user.userPoolId, user.clientId);
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId });
    const { Token, IdentityId: same } = await cloud.cognitoIdentity.getOpenIdToken({ IdentityId });
    expect(same).toBe(IdentityId);
    const { header, claims } = decode(Token);
    expect(header).toEqual({ kid: 'eu-west-1-1', typ: 'JWS', alg: 'RS512' });
    const now = Math.floor(cloud.clock.now() / 1000);
    expect(claims).toEqual({
      sub: IdentityId,
      aud: IdentityPoolId,
      amr: ['unauthenticated'],
      iss: 'https://cognito-identity.amazonaws.com',
      iat: now,
      exp: now + 600,
    });

    const discovery = (await (await cloud.fetch('https://cognito-identity.amazonaws.com/.well-known/openid-configuration')).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({
      issuer: 'https://cognito-identity.amazonaws.com',
      jwks_uri: 'https://cognito-identity.amazonaws.com/.well-known/jwks_uri',
    });
    const keys = createLocalJWKSet(await jwks(cloud));
    const verified = await jwtVerify(Token, keys, {
      issuer: 'https://cognito-identity.amazonaws.com',
      audience: IdentityPoolId,
      currentDate: new Date(cloud.clock.now()),
    });
    expect(verified.protectedHeader.alg).toBe('RS512');
    cloud.clock.advance(10 * MINUTE + 1000);
    await expect(jwtVerify(Token, keys, { currentDate: new Date(cloud.clock.now()) })).rejects.toThrow(/"exp" claim timestamp check failed/);
  });

  it('names the login in amr for a signed-in identity, and wants a login again for it', async () => {
    const cloud = await newCloud();
    const user = await signedInUser(cloud, 'abc.xyz@gmail.com');
    const { IdentityPoolId, provider } = await classicPool(cloud, user.userPoolId, user.clientId);
    const Logins = { [provider]: user.tokens.IdToken! };
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins });
    const { Token } = await cloud.cognitoIdentity.getOpenIdToken({ IdentityId, Logins });
    expect(decode(Token).claims['amr']).toEqual(['authenticated', provider, `${provider}:CognitoSignIn:${user.sub}`]);
    await expectAwsError(
      cloud.cognitoIdentity.getOpenIdToken({ IdentityId }),
      'NotAuthorizedException',
      "Logins don't match. Please include at least one valid login for this identity or identity pool.",
    );
  });

  it("links a new login to a guest's identity, which keeps its IdentityId", async () => {
    const cloud = await newCloud();
    const user = await signedInUser(cloud, 'abc.xyz@gmail.com');
    const { IdentityPoolId, provider } = await classicPool(cloud, user.userPoolId, user.clientId);
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId });
    const linked = await cloud.cognitoIdentity.getOpenIdToken({ IdentityId, Logins: { [provider]: user.tokens.IdToken! } });
    expect(linked.IdentityId).toBe(IdentityId);
    expect((await cloud.cognitoIdentity.describeIdentity({ IdentityId })).Logins).toEqual([provider]);
    expect((await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: { [provider]: user.tokens.IdToken! } })).IdentityId).toBe(IdentityId);
  });

  it('refuses the basic flow on a pool that has not enabled it, and an identity that does not exist', async () => {
    const cloud = await newCloud();
    const user = await signedInUser(cloud, 'abc.xyz@gmail.com');
    const { IdentityPoolId } = await classicPool(cloud, user.userPoolId, user.clientId, false);
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId });
    await expectAwsError(
      cloud.cognitoIdentity.getOpenIdToken({ IdentityId }),
      'InvalidParameterException',
      'Basic (classic) flow is not enabled, please use enhanced flow.',
    );
    const missing = 'us-east-1:00000000-0000-4000-8000-000000000000';
    await expectAwsError(cloud.cognitoIdentity.getOpenIdToken({ IdentityId: missing }), 'ResourceNotFoundException', `Identity '${missing}' not found.`);
  });
});
