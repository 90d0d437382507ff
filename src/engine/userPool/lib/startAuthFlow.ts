import type { ActionContext } from './context';
import { CloudError } from '../../kernel/errors';
import { clientAllows, flowNotSimulated, methodNotSupported, requireRefreshFlow, type AuthFlowResponse, type AuthParameters } from './authFlow';
import type { UserPoolClientRecord, UserPoolRecord } from '../model';
import { signInWithPassword, signInWithRefreshToken } from './signInFlows';
import { USER_POOL_MESSAGES } from './messages';

/** The password flow each API takes, the client switch it needs, and how AWS says the switch is off. */
const PASSWORD_FLOWS = {
  InitiateAuth: { names: ['USER_PASSWORD_AUTH'], needs: 'USER_PASSWORD_AUTH', notEnabled: USER_POOL_MESSAGES.passwordFlowNotEnabled },
  AdminInitiateAuth: {
    names: ['ADMIN_USER_PASSWORD_AUTH', 'ADMIN_NO_SRP_AUTH'],
    needs: 'ADMIN_USER_PASSWORD_AUTH',
    notEnabled: USER_POOL_MESSAGES.adminFlowNotEnabled,
  },
} as const;

/**
 * What InitiateAuth and AdminInitiateAuth share: the password flow their API accepts (if the client allows it), refresh,
 * an honest "not simulated yet" for SRP and custom auth, and "Initiate Auth method not supported." for the other API's flows.
 */
export async function startAuthFlow(
  ctx: ActionContext,
  api: keyof typeof PASSWORD_FLOWS,
  pool: UserPoolRecord,
  client: UserPoolClientRecord,
  authFlow: string,
  parameters: AuthParameters,
): Promise<AuthFlowResponse> {
  const password = PASSWORD_FLOWS[api];
  if ((password.names as readonly string[]).includes(authFlow)) {
    if (!clientAllows(client, password.needs)) throw new CloudError('InvalidParameterException', password.notEnabled);
    return signInWithPassword(ctx, pool, client, parameters);
  }
  switch (authFlow) {
    case 'REFRESH_TOKEN_AUTH':
    case 'REFRESH_TOKEN':
      requireRefreshFlow(client);
      return signInWithRefreshToken(ctx, pool, client, parameters);
    case 'USER_SRP_AUTH':
    case 'CUSTOM_AUTH':
    case 'USER_AUTH':
      throw flowNotSimulated(authFlow, password.needs);
    default:
      // The other API's password flow.
      throw methodNotSupported();
  }
}
