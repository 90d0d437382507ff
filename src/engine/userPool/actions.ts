/**
 * Every cognito-idp action the simulated user pool answers, by AWS action name (one file each in actions/), and the
 * pool's well-known documents: the service's code, a chunk of its own that `service.ts` loads on first use.
 */
import type { ServiceCode } from '../services';
import type { UserPoolsState } from './model';
import { jwks, openIdConfiguration } from './lib/wellKnown';
import { adminAddUserToGroup } from './actions/adminAddUserToGroup';
import { adminConfirmSignUp } from './actions/adminConfirmSignUp';
import { adminCreateUser } from './actions/adminCreateUser';
import { adminDeleteUser } from './actions/adminDeleteUser';
import { adminDisableProviderForUser } from './actions/adminDisableProviderForUser';
import { adminDisableUser } from './actions/adminDisableUser';
import { adminEnableUser } from './actions/adminEnableUser';
import { adminGetUser } from './actions/adminGetUser';
import { adminInitiateAuth } from './actions/adminInitiateAuth';
import { adminLinkProviderForUser } from './actions/adminLinkProviderForUser';
import { adminListGroupsForUser } from './actions/adminListGroupsForUser';
import { adminRemoveUserFromGroup } from './actions/adminRemoveUserFromGroup';
import { adminResetUserPassword } from './actions/adminResetUserPassword';
import { adminRespondToAuthChallenge } from './actions/adminRespondToAuthChallenge';
import { adminSetUserPassword } from './actions/adminSetUserPassword';
import { adminUpdateUserAttributes } from './actions/adminUpdateUserAttributes';
import { adminUserGlobalSignOut } from './actions/adminUserGlobalSignOut';
import { changePassword } from './actions/changePassword';
import { confirmForgotPassword } from './actions/confirmForgotPassword';
import { confirmSignUp } from './actions/confirmSignUp';
import { createGroup } from './actions/createGroup';
import { createIdentityProvider } from './actions/createIdentityProvider';
import { createResourceServer } from './actions/createResourceServer';
import { createUserPool } from './actions/createUserPool';
import { createUserPoolClient } from './actions/createUserPoolClient';
import { createUserPoolDomain } from './actions/createUserPoolDomain';
import { deleteIdentityProvider } from './actions/deleteIdentityProvider';
import { deleteResourceServer } from './actions/deleteResourceServer';
import { deleteUser } from './actions/deleteUser';
import { deleteUserPool } from './actions/deleteUserPool';
import { deleteUserPoolClient } from './actions/deleteUserPoolClient';
import { deleteUserPoolDomain } from './actions/deleteUserPoolDomain';
import { describeIdentityProvider } from './actions/describeIdentityProvider';
import { describeResourceServer } from './actions/describeResourceServer';
import { describeUserPool } from './actions/describeUserPool';
import { describeUserPoolClient } from './actions/describeUserPoolClient';
import { describeUserPoolDomain } from './actions/describeUserPoolDomain';
import { forgotPassword } from './actions/forgotPassword';
import { getGroup } from './actions/getGroup';
import { getIdentityProviderByIdentifier } from './actions/getIdentityProviderByIdentifier';
import { getUser } from './actions/getUser';
import { getUserAttributeVerificationCode } from './actions/getUserAttributeVerificationCode';
import { globalSignOut } from './actions/globalSignOut';
import { initiateAuth } from './actions/initiateAuth';
import { listGroups } from './actions/listGroups';
import { listIdentityProviders } from './actions/listIdentityProviders';
import { listResourceServers } from './actions/listResourceServers';
import { listUserPoolClients } from './actions/listUserPoolClients';
import { listUserPools } from './actions/listUserPools';
import { listUsers } from './actions/listUsers';
import { listUsersInGroup } from './actions/listUsersInGroup';
import { resendConfirmationCode } from './actions/resendConfirmationCode';
import { respondToAuthChallenge } from './actions/respondToAuthChallenge';
import { revokeToken } from './actions/revokeToken';
import { signUp } from './actions/signUp';
import { updateIdentityProvider } from './actions/updateIdentityProvider';
import { updateResourceServer } from './actions/updateResourceServer';
import { updateUserAttributes } from './actions/updateUserAttributes';
import { updateUserPool } from './actions/updateUserPool';
import { updateUserPoolClient } from './actions/updateUserPoolClient';
import { updateUserPoolDomain } from './actions/updateUserPoolDomain';
import { verifyUserAttribute } from './actions/verifyUserAttribute';

export const cognitoIdpActions = {
  // Pools, app clients and groups.
  CreateUserPool: createUserPool,
  DescribeUserPool: describeUserPool,
  ListUserPools: listUserPools,
  UpdateUserPool: updateUserPool,
  DeleteUserPool: deleteUserPool,
  CreateUserPoolClient: createUserPoolClient,
  DescribeUserPoolClient: describeUserPoolClient,
  UpdateUserPoolClient: updateUserPoolClient,
  ListUserPoolClients: listUserPoolClients,
  DeleteUserPoolClient: deleteUserPoolClient,
  // The hosted UI's domain and the resource servers whose custom scopes clients may be allowed.
  CreateUserPoolDomain: createUserPoolDomain,
  DescribeUserPoolDomain: describeUserPoolDomain,
  UpdateUserPoolDomain: updateUserPoolDomain,
  DeleteUserPoolDomain: deleteUserPoolDomain,
  CreateResourceServer: createResourceServer,
  DescribeResourceServer: describeResourceServer,
  ListResourceServers: listResourceServers,
  UpdateResourceServer: updateResourceServer,
  DeleteResourceServer: deleteResourceServer,
  // External identity providers (federation) and the links between their users and the pool's.
  CreateIdentityProvider: createIdentityProvider,
  DescribeIdentityProvider: describeIdentityProvider,
  ListIdentityProviders: listIdentityProviders,
  UpdateIdentityProvider: updateIdentityProvider,
  DeleteIdentityProvider: deleteIdentityProvider,
  GetIdentityProviderByIdentifier: getIdentityProviderByIdentifier,
  CreateGroup: createGroup,
  GetGroup: getGroup,
  ListGroups: listGroups,
  // What an app calls for its users: sign-up, confirmation, attributes, passwords, sign-out.
  SignUp: signUp,
  ConfirmSignUp: confirmSignUp,
  ResendConfirmationCode: resendConfirmationCode,
  GetUser: getUser,
  UpdateUserAttributes: updateUserAttributes,
  GetUserAttributeVerificationCode: getUserAttributeVerificationCode,
  VerifyUserAttribute: verifyUserAttribute,
  ForgotPassword: forgotPassword,
  ConfirmForgotPassword: confirmForgotPassword,
  ChangePassword: changePassword,
  GlobalSignOut: globalSignOut,
  RevokeToken: revokeToken,
  DeleteUser: deleteUser,
  // Signing in and answering challenges.
  InitiateAuth: initiateAuth,
  RespondToAuthChallenge: respondToAuthChallenge,
  AdminInitiateAuth: adminInitiateAuth,
  AdminRespondToAuthChallenge: adminRespondToAuthChallenge,
  AdminCreateUser: adminCreateUser,
  // An administrator's calls on a pool's users and groups (SIMPLIFIED: not yet authorized by IAM).
  AdminGetUser: adminGetUser,
  AdminConfirmSignUp: adminConfirmSignUp,
  AdminSetUserPassword: adminSetUserPassword,
  AdminDisableUser: adminDisableUser,
  AdminEnableUser: adminEnableUser,
  AdminDeleteUser: adminDeleteUser,
  AdminResetUserPassword: adminResetUserPassword,
  AdminUserGlobalSignOut: adminUserGlobalSignOut,
  AdminUpdateUserAttributes: adminUpdateUserAttributes,
  AdminAddUserToGroup: adminAddUserToGroup,
  AdminRemoveUserFromGroup: adminRemoveUserFromGroup,
  AdminListGroupsForUser: adminListGroupsForUser,
  AdminLinkProviderForUser: adminLinkProviderForUser,
  AdminDisableProviderForUser: adminDisableProviderForUser,
  ListUsersInGroup: listUsersInGroup,
  ListUsers: listUsers,
};

export type CognitoIdpActions = typeof cognitoIdpActions;

export const cognitoIdpCode: ServiceCode<UserPoolsState, CognitoIdpActions> = {
  actions: cognitoIdpActions,
  routes: {
    GetJwks: (ctx, { UserPoolId }) => jwks(ctx, UserPoolId!),
    GetOpenIdConfiguration: (ctx, { UserPoolId }) => openIdConfiguration(ctx, UserPoolId!),
  },
};
export type CognitoIdpActionName = keyof CognitoIdpActions;
