/** A real cloud log: the article pool, sign-up, a wrong code, confirmation, sign-in and GetUser. */
import type { Cloud } from '../../../src/engine';
import { scenarios } from '../../../src/flows/scenarios';
import { ARTICLE_USER } from '../../../src/flows/types';
import { newCloud } from '../../support/cloud';
import { newestCodeTo } from '../support';

export async function signUpToGetUser(username: string = ARTICLE_USER.username): Promise<{ cloud: Cloud; setupCalls: number }> {
  const cloud = await newCloud();
  const { clientId, userPoolId } = await scenarios.emptyPool(cloud);
  const idp = cloud.cognitoIdp;
  await idp.updateUserPoolClient({ UserPoolId: userPoolId!, ClientId: clientId!, ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] });
  const setupCalls = cloud.log.entries.length;
  await idp.signUp({
    ClientId: clientId!,
    Username: username,
    Password: ARTICLE_USER.password,
    UserAttributes: [{ Name: 'email', Value: ARTICLE_USER.email }],
  });
  const code = newestCodeTo(cloud, ARTICLE_USER.email);
  await idp.confirmSignUp({ ClientId: clientId!, Username: username, ConfirmationCode: code === '000000' ? '111111' : '000000' }).catch(() => undefined);
  await idp.confirmSignUp({ ClientId: clientId!, Username: username, ConfirmationCode: code });
  const { AuthenticationResult } = await idp.initiateAuth({
    AuthFlow: 'USER_PASSWORD_AUTH',
    ClientId: clientId!,
    AuthParameters: { USERNAME: username, PASSWORD: ARTICLE_USER.password },
  });
  await idp.getUser({ AccessToken: AuthenticationResult!.AccessToken! });
  return { cloud, setupCalls };
}
