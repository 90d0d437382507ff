import { confirmSignUp } from './confirmSignUp';
import { signUp } from './signUp';

/** Actions an app calls for its users: sign-up, confirmation, attributes, passwords, sign-out. */
export const userActions = {
  SignUp: signUp,
  ConfirmSignUp: confirmSignUp,
};
