import type { ActionContext } from '../../context';
import type { IamState } from '../model';

/** ListSAMLProviders: every provider's ARN, ValidUntil and CreateDate (IAM does not page this list). [U] the order: by ARN. */
export function listSAMLProviders(ctx: ActionContext<IamState>, _request: Record<string, never>) {
  const providers = Object.values(ctx.state.samlProviders).sort((a, b) => (a.Arn < b.Arn ? -1 : 1));
  return { SAMLProviderList: providers.map((p) => ({ Arn: p.Arn, ValidUntil: new Date(p.ValidUntil), CreateDate: new Date(p.CreateDate) })) };
}
