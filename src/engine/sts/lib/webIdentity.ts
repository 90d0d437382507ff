/**
 * The web identity token of AssumeRoleWithWebIdentity, checked as STS checks it: a JWT, with an audience, from an issuer
 * the account trusts, signed by that issuer's key, not expired. SIMPLIFIED: the only trusted issuer is Cognito Identity
 * (`https://cognito-identity.amazonaws.com`, whose OpenID tokens GetOpenIdToken makes); IAM OIDC providers are not
 * simulated, so any other issuer (a user pool's tokens included) has no provider in the account.
 */
import { compactVerify, decodeJwt, decodeProtectedHeader } from 'jose';
import type { ActionContext } from '../../context';
import { OPENID_ISSUER } from '../../identityPool/lib/openIdToken';
import { cognitoIdentity } from '../../identityPool/service';
import { CloudError } from '../../kernel/errors';
import type { WebIdentityRecord } from '../model';
import { STS_MESSAGES } from './messages';

/** The claim AWS reads session tags from (IAM User Guide, "Passing session tags using AssumeRoleWithWebIdentity"). */
const TAGS_CLAIM = 'https://aws.amazon.com/tags';

export interface VerifiedWebIdentity extends WebIdentityRecord {
  /** Session tags from the token's `https://aws.amazon.com/tags` claim (`principal_tags`: key → [value]). */
  tags: Record<string, string>;
}

const invalid = (message: string = STS_MESSAGES.invalidToken) => new CloudError('InvalidIdentityTokenException', message);

/** The token's claims once verified, or InvalidIdentityToken / ExpiredTokenException as STS answers. */
export async function verifyWebIdentityToken(ctx: ActionContext, token: string): Promise<VerifiedWebIdentity> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  let claims: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(token);
    claims = decodeJwt(token);
  } catch {
    throw invalid();
  }
  const issuer = typeof claims['iss'] === 'string' ? claims['iss'] : '';
  const audience = claims['aud'];
  // [U] which STS checks first; the audience first lets a user pool access token (no `aud`) hear why it is refused.
  if (audience === undefined) throw invalid(STS_MESSAGES.missingAudience);
  if (issuer !== OPENID_ISSUER) throw invalid(STS_MESSAGES.noProvider(issuer));
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
  return {
    // [U] Provider: the issuer without its scheme.
    provider: issuer.replace(/^https:\/\//, ''),
    subject: String(claims['sub'] ?? ''),
    audience: Array.isArray(audience) ? String(audience[0] ?? '') : String(audience),
    ...(amr ? { amr } : {}),
    tags: tagsOf(claims[TAGS_CLAIM]),
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
