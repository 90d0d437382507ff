/**
 * A web identity token from an issuer other than Cognito Identity, as STS checks it: the issuer must be an IAM OIDC provider
 * of the account (its URL is the token's `iss` without `https://`), or Google (`accounts.google.com`, trusted natively: no
 * IAM provider needed, IAM API reference). For an IAM provider the token's `aud` must be one of its client ids. The
 * signature is verified against the provider's JWKS, read through its discovery document (tokens/providerKeys.ts), and
 * `exp` at the cloud's clock. The trust policy then names the provider's ARN (or `accounts.google.com`) as `Federated`, with
 * condition keys after its URL: `{url}:aud`, `{url}:sub`; Google's `accounts.google.com:aud` is the token's `azp` when it
 * has one, `:oaud` its `aud` (IAM User Guide, "Available keys for AWS web identity federation").
 * SIMPLIFIED: thumbprints are kept by IAM but never compared (AWS verifies the JWKS host with its trusted root CAs).
 */
import type { ActionContext } from '../../context';
import type { ContextValue } from '../../iam/policy';
import { oidcProviderForIssuer } from '../../iam/lib/oidcProviders';
import { iam } from '../../iam/service';
import { CloudError } from '../../kernel/errors';
import { fetchProviderKeys, verifiesWith } from '../../tokens/providerKeys';
import { STS_MESSAGES } from './messages';

export const GOOGLE_PROVIDER = 'accounts.google.com';
/** Google writes its issuer with and without the scheme (Google Identity, "Validate an ID token"). */
const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'];

export interface FederatedIdentity {
  provider: string;
  subject: string;
  audience: string;
  keyPrefix: string;
  /** The trust policy's `Principal.Federated` this token stands for. */
  federated: string;
  /** The condition keys it brings to the trust policy. */
  conditions: Record<string, ContextValue>;
}

const invalid = (message: string = STS_MESSAGES.invalidToken) => new CloudError('InvalidIdentityTokenException', message);

export async function verifyFederatedToken(ctx: ActionContext, token: string, claims: Record<string, unknown>, issuer: string): Promise<FederatedIdentity> {
  const provider = oidcProviderForIssuer(ctx.peek(iam), issuer);
  const google = !provider && GOOGLE_ISSUERS.includes(issuer);
  if (!provider && !google) throw invalid(STS_MESSAGES.noProvider(issuer));
  const audiences = (Array.isArray(claims['aud']) ? claims['aud'] : [claims['aud']]).map(String);
  const audience = provider ? audiences.find((a) => provider.ClientIDList.includes(a)) : audiences[0];
  if (audience === undefined) throw invalid(STS_MESSAGES.incorrectAudience);
  const keys = await fetchProviderKeys(ctx, provider ? `https://${provider.Url}` : GOOGLE_ISSUERS[0]!);
  if (!keys.ok) {
    if (keys.reason === 'unreachable') throw new CloudError('IDPCommunicationErrorException', STS_MESSAGES.idpUnreachable);
    throw invalid(STS_MESSAGES.noVerificationKey);
  }
  if (!(await verifiesWith(token, keys.keys))) throw invalid();
  const now = Math.floor(ctx.now / 1000);
  const exp = typeof claims['exp'] === 'number' ? claims['exp'] : undefined;
  if (exp !== undefined && exp <= now) throw new CloudError('ExpiredTokenException', STS_MESSAGES.tokenExpired(now, exp));
  const subject = String(claims['sub'] ?? '');
  const prefix = provider ? provider.Url : GOOGLE_PROVIDER;
  const conditions: Record<string, ContextValue> = { [`${prefix}:sub`]: subject };
  if (google) {
    const azp = typeof claims['azp'] === 'string' ? claims['azp'] : undefined;
    conditions[`${prefix}:aud`] = azp ?? audience;
    conditions[`${prefix}:oaud`] = audience;
  } else {
    // [U] a generic provider's `:aud` is the client id that matched (its `azp` is not read).
    conditions[`${prefix}:aud`] = audience;
  }
  return {
    provider: provider ? provider.Arn : GOOGLE_PROVIDER,
    subject,
    audience,
    keyPrefix: prefix,
    federated: provider ? provider.Arn : GOOGLE_PROVIDER,
    conditions,
  };
}
