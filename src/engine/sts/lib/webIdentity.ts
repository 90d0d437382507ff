/**
 * The web identity token of AssumeRoleWithWebIdentity, checked as STS checks it: a JWT, with an audience, from an issuer
 * the account trusts, signed by that issuer's key, not expired. Cognito Identity's OpenID tokens
 * (`https://cognito-identity.amazonaws.com`, GetOpenIdToken's) are verified with the region's key; any other issuer must be
 * an IAM OIDC provider of the account or Google (lib/federatedToken.ts). A user pool's tokens, with no IAM provider for
 * the pool, have no provider in the account.
 */
import { compactVerify, decodeJwt, decodeProtectedHeader } from 'jose';
import type { ActionContext } from '../../context';
import { OPENID_ISSUER } from '../../identityPool/lib/openIdToken';
import { cognitoIdentity } from '../../identityPool/service';
import { CloudError } from '../../kernel/errors';
import type { WebIdentityRecord } from '../model';
import type { ContextValue } from '../../iam/policy';
import { verifyFederatedToken } from './federatedToken';
import { STS_MESSAGES } from './messages';

/** The claim AWS reads session tags from (IAM User Guide, "Passing session tags using AssumeRoleWithWebIdentity"). */
const TAGS_CLAIM = 'https://aws.amazon.com/tags';

export interface VerifiedWebIdentity extends WebIdentityRecord {
  /** Session tags from the token's `https://aws.amazon.com/tags` claim (`principal_tags`: key → [value]). */
  tags: Record<string, string>;
  /** The trust policy's `Principal.Federated` the token stands for: `cognito-identity.amazonaws.com`, an IAM OIDC provider's ARN, `accounts.google.com`. */
  federated: string;
  /** The condition keys the token brings to the trust policy (`cognito-identity.amazonaws.com:aud`, `idp.example.com:sub`…). */
  conditions: Record<string, ContextValue>;
}

const invalid = (message: string = STS_MESSAGES.invalidToken) => new CloudError('InvalidIdentityTokenException', message);

/** The token's claims once verified, or InvalidIdentityToken / ExpiredTokenException as STS answers. */
export async function verifyWebIdentityToken(ctx: ActionContext, token: string): Promise<VerifiedWebIdentity> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  let claims: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(token);
    // A token this cloud signed is not decoded again: its claims are the ones it was signed with.
    claims = (ctx.keyCache.claimsSignedHere(token) as Record<string, unknown> | undefined) ?? decodeJwt(token);
  } catch {
    throw invalid();
  }
  const issuer = typeof claims['iss'] === 'string' ? claims['iss'] : '';
  const audience = claims['aud'];
  // [U] which STS checks first; the audience first lets a user pool access token (no `aud`) hear why it is refused.
  if (audience === undefined) throw invalid(STS_MESSAGES.missingAudience);
  if (issuer !== OPENID_ISSUER) {
    const { federated, conditions, ...identity } = await verifyFederatedToken(ctx, token, claims, issuer);
    return { ...identity, tags: tagsOf(claims[TAGS_CLAIM]), federated, conditions };
  }
  // Cognito Identity names its keys after their region (`us-east-1-1`): the region's key verifies the token.
  const region = typeof header.kid === 'string' ? /^(.+)-\d+$/.exec(header.kid)?.[1] : undefined;
  const key = region ? ctx.peek(cognitoIdentity, region).signingKey : undefined;
  if (!key || key.kid !== header.kid) throw invalid();
  // A token this cloud signed byte for byte with this key (GetOpenIdToken's) is valid by construction; any other token, a
  // tampered one included, takes jose's full verification.
  if (ctx.keyCache.signedHere(token) !== key.kid || header.alg !== 'RS512') {
    try {
      await compactVerify(token, await ctx.keyCache.get(key, 'public', 'RS512'), { algorithms: ['RS512'] });
    } catch {
      throw invalid();
    }
  }
  const now = Math.floor(ctx.now / 1000);
  const exp = typeof claims['exp'] === 'number' ? claims['exp'] : undefined;
  if (exp !== undefined && exp <= now) throw new CloudError('ExpiredTokenException', STS_MESSAGES.tokenExpired(now, exp));
  const amr = Array.isArray(claims['amr']) ? claims['amr'].map(String) : undefined;
  // [U] Provider: the issuer without its scheme.
  const provider = issuer.replace(/^https:\/\//, '');
  const subject = String(claims['sub'] ?? '');
  const aud = Array.isArray(audience) ? String(audience[0] ?? '') : String(audience);
  return {
    provider,
    subject,
    audience: aud,
    ...(amr ? { amr } : {}),
    tags: tagsOf(claims[TAGS_CLAIM]),
    federated: provider,
    conditions: { [`${provider}:aud`]: aud, [`${provider}:sub`]: subject, [`${provider}:amr`]: amr ?? [] },
  };
}

/** `{ principal_tags: { team: ['red'] } }` → `{ team: 'red' }` (one value a key, as AWS allows). */
function tagsOf(claim: unknown): Record<string, string> {
  const principalTags = claim && typeof claim === 'object' ? (claim as { principal_tags?: unknown }).principal_tags : undefined;
  if (!principalTags || typeof principalTags !== 'object') return {};
  const tags: Record<string, string> = {};
  for (const [key, values] of Object.entries(principalTags)) {
    const value = Array.isArray(values) ? values[0] : values;
    if (typeof value === 'string') tags[key] = value;
  }
  return tags;
}
