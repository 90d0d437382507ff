import { adminCreateUser } from './adminCreateUser';
import { adminInitiateAuth } from './adminInitiateAuth';
import { adminRespondToAuthChallenge } from './adminRespondToAuthChallenge';
import { initiateAuth } from './initiateAuth';
import { respondToAuthChallenge } from './respondToAuthChallenge';

/** Registered here, one import per action file. Signing in, answering challenges and issuing tokens. */
export const authActions = {
  InitiateAuth: initiateAuth,
  RespondToAuthChallenge: respondToAuthChallenge,
  AdminInitiateAuth: adminInitiateAuth,
  AdminRespondToAuthChallenge: adminRespondToAuthChallenge,
  AdminCreateUser: adminCreateUser,
};
