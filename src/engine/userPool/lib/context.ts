import type { ActionContext as ServiceContext } from '../../context';
import type { UserPoolsState } from '../model';

/** What a cognito-idp action sees: the user pools of the request's region. */
export type ActionContext = ServiceContext<UserPoolsState>;
