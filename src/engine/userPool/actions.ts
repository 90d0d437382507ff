import { setupActions } from './setupActions';
import { userActions } from './userActions';
import { authActions } from './authActions';
import { adminActions } from './adminActions';

/** Every cognito-idp action the simulated user pool answers, by AWS action name. */
export const cognitoIdpActions = {
  ...setupActions,
  ...userActions,
  ...authActions,
  ...adminActions,
};

export type CognitoIdpActions = typeof cognitoIdpActions;
export type CognitoIdpActionName = keyof CognitoIdpActions;
