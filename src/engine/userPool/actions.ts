import type { ActionHandler } from '../context';
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

export function findAction(name: string): ActionHandler<unknown, unknown> | undefined {
  return Object.hasOwn(cognitoIdpActions, name) ? (cognitoIdpActions[name as CognitoIdpActionName] as ActionHandler<unknown, unknown>) : undefined;
}
