import { describe, expect, it } from 'vitest';
import { HOUR, type Cloud } from '../../../src/engine';
import { expectAwsError, newCloud } from '../../support/cloud';
import { signedInUser, tokensFor } from '../../support/users';

async function poolFor(
  cloud: Cloud,
  userPoolId: string,
  clientId: string,
  extra: { ServerSideTokenCheck?: boolean; AllowUnauthenticatedIdentities?: boolean } = {},
) {
  const provider = `cognito-idp.${cloud.region}.amazonaws.com/${userPoolId}`;
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: 'article_identity_pool',
    AllowUnauthenticatedIdentities: extra.AllowUnauthenticatedIdentities ?? true,
    CognitoIdentityProviders: [{ ProviderName: provider, ClientId: clientId, ServerSideTokenCheck: extra.ServerSideTokenCheck ?? false }],
  });
  return { IdentityPoolId, provider };
}

describe('GetId', () => {
  it('gives a guest a new <region>:<uuid> identity each call, and refuses guests when the pool does not allow them', async () => {
    const cloud = await newCloud({ region: 'ap-south-1' });
    const open = await cloud.cognitoIdentity.createIdentityPool({ IdentityPoolName: 'open', AllowUnauthenticatedIdentities: true });
    const a = await cloud.cognitoIdentity.getId({ IdentityPoolId: open.IdentityPoolId });
    const b = await cloud.cognitoIdentity.getId({ IdentityPoolId: open.IdentityPoolId });
    expect(a.IdentityId).toMatch(/^ap-south-1:[0-9a-f-]{36}$/);
    expect(b.IdentityId).not.toBe(a.IdentityId);
    const closed = await cloud.cognitoIdentity.createIdentityPool({ IdentityPoolName: 'closed', AllowUnauthenticatedIdentities: false });
    await expectAwsError(
      cloud.cognitoIdentity.getId({ IdentityPoolId: closed.IdentityPoolId }),
      'NotAuthorizedException',
      'Unauthenticated access is not supported for this identity pool.',
    );
  });

  it('gives a signed-in user the same identity for every ID token of theirs, and lists its login', async () => {
    const cloud = await newCloud();
    const user = await signedInUser(cloud, 'abc.xyz@gmail.com');
    const { IdentityPoolId, provider } = await poolFor(cloud, user.userPoolId, user.clientId);
    const first = await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: { [provider]: user.tokens.IdToken! } });
    cloud.clock.advance(HOUR / 2);
    const again = await tokensFor(cloud, user.clientId, user.user);
    expect((await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: { [provider]: again.IdToken! } })).IdentityId).toBe(first.IdentityId);
    const described = await cloud.cognitoIdentity.describeIdentity({ IdentityId: first.IdentityId });
    expect(described).toMatchObject({ IdentityId: first.IdentityId, Logins: [provider] });
    const listed = await cloud.cognitoIdentity.listIdentities({ IdentityPoolId, MaxResults: 10 });
    expect(listed.Identities.map((i) => i.IdentityId)).toEqual([first.IdentityId]);
  });

  it('refuses an access token, a tampered token, an expired token and a provider the pool does not list', async () => {
    const cloud = await newCloud();
    const user = await signedInUser(cloud, 'abc.xyz@gmail.com');
    const { IdentityPoolId, provider } = await poolFor(cloud, user.userPoolId, user.clientId);
    await expectAwsError(
      cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: { [provider]: user.tokens.AccessToken! } }),
      'NotAuthorizedException',
      'Invalid login token. Missing a required claim: aud',
    );
    const [head, body, signature] = user.tokens.IdToken!.split('.');
    const forged = `${head}.${body}.${signature!.slice(0, -4)}AAAA`;
    await expectAwsError(
      cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: { [provider]: forged } }),
      'NotAuthorizedException',
      'Invalid login token. Not a valid OpenId Connect identity token.',
    );
    await expectAwsError(
      cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: { 'cognito-idp.us-east-1.amazonaws.com/us-east-1_other': user.tokens.IdToken! } }),
      'NotAuthorizedException',
      'Token is not from a supported provider of this identity pool.',
    );
    cloud.clock.advance(HOUR + 1000);
    const exp = (JSON.parse(atob(body!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp: number }).exp;
    await expectAwsError(
      cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: { [provider]: user.tokens.IdToken! } }),
      'NotAuthorizedException',
      `Invalid login token. Token expired: ${exp} >= ${Math.floor(cloud.clock.now() / 1000)}`,
    );
  });

  it('refuses an ID token of an app client the identity pool does not name', async () => {
    const cloud = await newCloud();
    const user = await signedInUser(cloud, 'abc.xyz@gmail.com');
    const { IdentityPoolId, provider } = await poolFor(cloud, user.userPoolId, 'someotherclientid');
    await expectAwsError(
      cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: { [provider]: user.tokens.IdToken! } }),
      'NotAuthorizedException',
      'Invalid login token. Incorrect token audience.',
    );
  });

  it('with ServerSideTokenCheck, refuses the token of a user who signed out everywhere', async () => {
    const cloud = await newCloud();
    const user = await signedInUser(cloud, 'abc.xyz@gmail.com');
    const { IdentityPoolId, provider } = await poolFor(cloud, user.userPoolId, user.clientId, { ServerSideTokenCheck: true });
    await cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: { [provider]: user.tokens.IdToken! } });
    await cloud.cognitoIdp.globalSignOut({ AccessToken: user.tokens.AccessToken! });
    await expectAwsError(
      cloud.cognitoIdentity.getId({ IdentityPoolId, Logins: { [provider]: user.tokens.IdToken! } }),
      'NotAuthorizedException',
      'Invalid login token. Token is revoked or the user no longer exists.',
    );
  });

  it('is public: an unsigned GetId over the wire is answered', async () => {
    const cloud = await newCloud();
    const open = await cloud.cognitoIdentity.createIdentityPool({ IdentityPoolName: 'open', AllowUnauthenticatedIdentities: true });
    const answer = await cloud.fetch('https://cognito-identity.us-east-1.amazonaws.com/', {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSCognitoIdentityService.GetId' },
      body: JSON.stringify({ IdentityPoolId: open.IdentityPoolId }),
    });
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { IdentityId: string }).IdentityId).toMatch(/^us-east-1:/);
  });
});
