import type { ActionContext } from '../../context';
import type { IamState } from '../model';

/** ListOpenIDConnectProviders: every provider's ARN (IAM does not page this list). [U] the order: by ARN. */
export function listOpenIDConnectProviders(ctx: ActionContext<IamState>, _request: Record<string, never>): { OpenIDConnectProviderList: { Arn: string }[] } {
  return {
    OpenIDConnectProviderList: Object.keys(ctx.state.oidcProviders)
      .sort()
      .map((Arn) => ({ Arn })),
  };
}
