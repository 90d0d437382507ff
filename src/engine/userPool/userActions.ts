import { changePassword } from './changePassword';
import { confirmForgotPassword } from './confirmForgotPassword';
import { confirmSignUp } from './confirmSignUp';
import { deleteUser } from './deleteUser';
import { forgotPassword } from './forgotPassword';
import { getUser } from './getUser';
import { getUserAttributeVerificationCode } from './getUserAttributeVerificationCode';
import { globalSignOut } from './globalSignOut';
import { resendConfirmationCode } from './resendConfirmationCode';
import { revokeToken } from './revokeToken';
import { signUp } from './signUp';
import { updateUserAttributes } from './updateUserAttributes';
import { verifyUserAttribute } from './verifyUserAttribute';

/** Actions an app calls for its users: sign-up, confirmation, attributes, passwords, sign-out. */
export const userActions = {
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
};
