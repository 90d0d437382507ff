// SIMPLIFIED: admin calls are not yet authorized by IAM.
import { adminAddUserToGroup } from './adminAddUserToGroup';
import { adminConfirmSignUp } from './adminConfirmSignUp';
import { adminDeleteUser } from './adminDeleteUser';
import { adminDisableUser } from './adminDisableUser';
import { adminEnableUser } from './adminEnableUser';
import { adminGetUser } from './adminGetUser';
import { adminListGroupsForUser } from './adminListGroupsForUser';
import { adminRemoveUserFromGroup } from './adminRemoveUserFromGroup';
import { adminResetUserPassword } from './adminResetUserPassword';
import { adminSetUserPassword } from './adminSetUserPassword';
import { adminUpdateUserAttributes } from './adminUpdateUserAttributes';
import { adminUserGlobalSignOut } from './adminUserGlobalSignOut';
import { listUsers } from './listUsers';
import { listUsersInGroup } from './listUsersInGroup';

/** Registered here, one import per action file. Administrator actions on a pool's users and their group memberships. */
export const adminActions = {
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
  ListUsersInGroup: listUsersInGroup,
  ListUsers: listUsers,
};
