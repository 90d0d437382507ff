import { CloudError } from '../../kernel/errors';
import type { UserPoolClientRecord } from '../model';
import { clientAllowsFlow } from './pools';
import type { AuthenticationResultType } from './tokens';
import { USER_POOL_MESSAGES } from './messages';

/** `AuthParameters` / `ChallengeResponses`: AWS's string-to-string maps. */
export type AuthParameters = Record<string, string>;

/** What InitiateAuth, RespondToAuthChallenge and their admin twins answer: tokens, or the next challenge with its Session. */
export interface AuthFlowResponse {
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters: Record<string, string>;
  AuthenticationResult?: AuthenticationResultType;
}

/** A parameter the flow cannot do without: `InvalidParameterException: Missing required parameter USERNAME`. */
export function requiredParameter(parameters: AuthParameters | undefined, name: string): string {
  const value = parameters?.[name];
  if (!value) throw new CloudError('InvalidParameterException', `Missing required parameter ${name}`);
  return value;
}

/** The ExplicitAuthFlows values that switch a flow on: the `ALLOW_` names and the legacy ones they replaced. */
const FLOW_SWITCHES = {
  USER_PASSWORD_AUTH: ['ALLOW_USER_PASSWORD_AUTH', 'USER_PASSWORD_AUTH'],
  ADMIN_USER_PASSWORD_AUTH: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ADMIN_NO_SRP_AUTH'],
  REFRESH_TOKEN_AUTH: ['ALLOW_REFRESH_TOKEN_AUTH'],
} as const;

/** Whether the app client lets callers use a flow. */
export function clientAllows(client: UserPoolClientRecord, flow: keyof typeof FLOW_SWITCHES): boolean {
  // A client configured only with legacy values (no ALLOW_ names) always allowed refresh: the legacy scheme had no switch for it.
  if (flow === 'REFRESH_TOKEN_AUTH' && !client.ExplicitAuthFlows.some((f) => f.startsWith('ALLOW_'))) return true;
  return FLOW_SWITCHES[flow].some((name) => clientAllowsFlow(client, name));
}

/**
 * Refuses a refresh on a client without ALLOW_REFRESH_TOKEN_AUTH. CreateUserPoolClient already refuses such a client
 * ("REFRESH_TOKEN_AUTH should always be allowed."), so this guards stored state only; its wording is a guess [U].
 */
export function requireRefreshFlow(client: UserPoolClientRecord): void {
  if (!clientAllows(client, 'REFRESH_TOKEN_AUTH')) throw new CloudError('InvalidParameterException', USER_POOL_MESSAGES.adminFlowNotEnabled);
}

/** A flow AWS offers through the other entry point (ADMIN_* to InitiateAuth, USER_PASSWORD_AUTH to AdminInitiateAuth). */
export function methodNotSupported(): CloudError {
  return new CloudError('InvalidParameterException', 'Initiate Auth method not supported.');
}

/**
 * SIMPLIFIED: SRP, custom-challenge and choice-based sign-in are real AWS flows this simulator does not run yet.
 * Rather than pretend, it says so in the error a learner sees.
 */
export function flowNotSimulated(flow: string, instead: string): CloudError {
  return new CloudError('InvalidParameterException', `${flow} is not simulated yet by this Cognito simulator. Use ${instead} instead.`);
}

/** SIMPLIFIED: challenges other than NEW_PASSWORD_REQUIRED are not simulated yet; the error says so honestly. */
export function challengeNotSimulated(challengeName: string): CloudError {
  return new CloudError('InvalidParameterException', `The ${challengeName} challenge is not simulated yet by this Cognito simulator.`);
}
