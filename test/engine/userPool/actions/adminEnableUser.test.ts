import { describe, expect, it } from 'vitest';
import { expectAwsError, newCloud } from '../../../support/cloud';
import { poolWithUser, tokensFor } from '../../../support/users';

describe('AdminEnableUser', () => {
  it('lets a disabled user sign in again', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWithUser(cloud, 'sam');
    await cloud.cognitoIdp.adminDisableUser({ UserPoolId: userPoolId, Username: 'sam' });
    expect(await cloud.cognitoIdp.adminEnableUser({ UserPoolId: userPoolId, Username: 'sam' })).toEqual({});
    expect((await cloud.cognitoIdp.adminGetUser({ UserPoolId: userPoolId, Username: 'sam' })).Enabled).toBe(true);
    expect((await tokensFor(cloud, clientId, 'sam')).IdToken).toBeTruthy();
  });

  it('leaves tokens revoked while the user was disabled revoked', async () => {
    const cloud = await newCloud();
    const { userPoolId, clientId } = await poolWithUser(cloud, 'sam');
    const tokens = await tokensFor(cloud, clientId, 'sam');
    await cloud.cognitoIdp.adminDisableUser({ UserPoolId: userPoolId, Username: 'sam' });
    await cloud.cognitoIdp.adminEnableUser({ UserPoolId: userPoolId, Username: 'sam' });
    await expectAwsError(
      cloud.cognitoIdp.initiateAuth({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: clientId, AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken! } }),
      'NotAuthorizedException',
      'Refresh Token has been revoked',
    );
  });

  it('answers an unknown user with UserNotFoundException and an unknown pool with ResourceNotFoundException', async () => {
    const cloud = await newCloud();
    const { userPoolId } = await poolWithUser(cloud, 'sam');
    await expectAwsError(cloud.cognitoIdp.adminEnableUser({ UserPoolId: userPoolId, Username: 'nobody' }), 'UserNotFoundException', 'User does not exist.');
    await expectAwsError(
      cloud.cognitoIdp.adminEnableUser({ UserPoolId: 'us-east-1_nothere', Username: 'sam' }),
      'ResourceNotFoundException',
      'User pool us-east-1_nothere does not exist.',
    );
  });
});
