/**
 * A SAMLResponse as AWS checks it for AssumeRoleWithSAML (and Cognito identity pools, which hand it on to STS): the IAM
 * SAML provider the request names must exist; the response must be signed by a certificate of the provider's metadata,
 * from its entityID (Issuer), for AWS (an Audience of `https://signin.aws.amazon.com/saml`, a regional
 * `https://<region>.signin.aws.amazon.com/saml`, or AWS's SP entity id `urn:amazon:webservices`), with a Recipient that
 * is one of the sign-in endpoints, within its validity, and redeemed within five minutes of its IssueInstant (IAM User
 * Guide, "Configure SAML assertions for the authentication response" and "Troubleshoot SAML federation").
 * The verification itself is the shared SAML library's (src/engine/saml/verify.ts), loaded lazily with its XML DOM.
 */
import type { ActionContext } from '../../context';
import type { ContextValue } from '../../iam/policy';
import { findSamlProvider } from '../../iam/lib/samlProviders';
import type { SamlProviderRecord } from '../../iam/model';
import { iam } from '../../iam/service';
import { MINUTE } from '../../kernel/clock';
import type { SamlAssertion } from '../../saml/assertion';
import type { SamlFailure } from '../../saml/verify';
import type { SamlSessionRecord } from '../model';
import { SAML_MESSAGES } from './messages';
import { conditionKeys } from './samlKeys';

/** The attributes AWS reads (IAM User Guide, "Configure SAML assertions for the authentication response"). */
export const AWS_SAML_ATTRIBUTES = {
  role: 'https://aws.amazon.com/SAML/Attributes/Role',
  roleSessionName: 'https://aws.amazon.com/SAML/Attributes/RoleSessionName',
  sourceIdentity: 'https://aws.amazon.com/SAML/Attributes/SourceIdentity',
  principalTag: 'https://aws.amazon.com/SAML/Attributes/PrincipalTag:',
} as const;

export const AWS_SIGN_IN_SAML = 'https://signin.aws.amazon.com/saml';
/** AWS's SP entity id in its saml-metadata.xml, which IdPs commonly send as the Audience [O]. */
const AWS_SP_ENTITY_ID = 'urn:amazon:webservices';
const REGIONAL_SIGN_IN = /^https:\/\/[a-z]{2}(-[a-z]+)+-\d\.signin\.aws\.amazon\.com\/saml$/;
const isSignIn = (url: string) => url === AWS_SIGN_IN_SAML || REGIONAL_SIGN_IN.test(url);
/** [O] "Token must be redeemed within 5 minutes of issuance". */
const REDEEM_WITHIN = 5 * MINUTE;
const NAME_ID_PREFIX = 'urn:oasis:names:tc:SAML:2.0:nameid-format:';
/** SAML Core 8.3.1: a NameID without a Format is `unspecified`. */
const UNSPECIFIED = 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified';

/** A role and provider pair of the Role attribute. */
export interface SamlRolePair {
  roleArn: string;
  principalArn: string;
}

export interface VerifiedSamlResponse {
  provider: SamlProviderRecord;
  assertion: SamlAssertion;
  /** The Role attribute's pairs, in document order, whichever way round each was written. */
  roles: SamlRolePair[];
  session: SamlSessionRecord;
  /** The condition keys the assertion brings: `SAML:aud`, `SAML:sub`, `SAML:iss`…, and those of its OID attributes. */
  conditions: Record<string, ContextValue>;
}

/** A refusal in STS's terms: its code and words. */
export interface SamlRefusal {
  code: 'InvalidIdentityTokenException' | 'ExpiredTokenException' | 'IDPRejectedClaimException';
  message: string;
  /** The decoded assertion, when there was one. */
  assertion?: SamlAssertion;
}

const refusal = (code: SamlRefusal['code'], message: string, assertion?: SamlAssertion): SamlRefusal => ({
  code,
  message,
  ...(assertion ? { assertion } : {}),
});

const FAILURES: Record<SamlFailure, [SamlRefusal['code'], string]> = {
  malformed: ['InvalidIdentityTokenException', SAML_MESSAGES.malformed],
  unsigned: ['InvalidIdentityTokenException', SAML_MESSAGES.badSignature],
  badSignature: ['InvalidIdentityTokenException', SAML_MESSAGES.badSignature],
  untrustedCertificate: ['InvalidIdentityTokenException', SAML_MESSAGES.badSignature],
  status: ['IDPRejectedClaimException', SAML_MESSAGES.rejected],
  issuer: ['InvalidIdentityTokenException', SAML_MESSAGES.issuer],
  audience: ['InvalidIdentityTokenException', SAML_MESSAGES.audience],
  recipient: ['InvalidIdentityTokenException', SAML_MESSAGES.recipient],
  // STS sends no AuthnRequest, so nothing is expected to be answered.
  inResponseTo: ['InvalidIdentityTokenException', SAML_MESSAGES.malformed],
  notYetValid: ['InvalidIdentityTokenException', SAML_MESSAGES.notYetValid],
  expired: ['ExpiredTokenException', SAML_MESSAGES.expired],
};

/**
 * Verifies a base64 SAMLResponse for the IAM SAML provider `providerArn` as STS does, and answers what it says (the
 * response's members and condition keys) or STS's refusal.
 */
export async function verifyAwsSamlResponse(ctx: ActionContext, providerArn: string, base64: string): Promise<VerifiedSamlResponse | SamlRefusal> {
  const provider = findSamlProvider(ctx.peek(iam), providerArn);
  if (!provider) return refusal('InvalidIdentityTokenException', SAML_MESSAGES.noProvider);
  const [{ readSamlResponse }, { verifySamlResponse }] = await Promise.all([import('../../saml/assertion'), import('../../saml/verify')]);
  const read = await readSamlResponse(base64);
  if ('error' in read) return refusal('InvalidIdentityTokenException', SAML_MESSAGES.malformed);
  // AWS takes any of its sign-in endpoints: the one the assertion names is the one it is checked against.
  const audience = read.audiences.find((a) => a === AWS_SP_ENTITY_ID || isSignIn(a)) ?? AWS_SIGN_IN_SAML;
  const recipient = read.recipient !== undefined && isSignIn(read.recipient) ? read.recipient : AWS_SIGN_IN_SAML;
  const verdict = await verifySamlResponse(base64, {
    certificates: provider.metadata.signingCertificates,
    audience,
    recipient,
    issuer: provider.metadata.entityId,
    now: ctx.now,
  });
  if (!verdict.ok) return refusal(...FAILURES[verdict.failure], verdict.assertion);
  const { assertion } = verdict;
  const issued = issueInstant(assertion.xml);
  if (issued !== undefined && ctx.now - issued > REDEEM_WITHIN) return refusal('ExpiredTokenException', SAML_MESSAGES.stale, assertion);
  const session = await sessionRecord(ctx.accountId, provider, assertion, recipient);
  return { provider, assertion, roles: rolePairs(assertion), session, conditions: conditionKeys(session, assertion.attributes) };
}

export const isSamlRefusal = (value: VerifiedSamlResponse | SamlRefusal): value is SamlRefusal => 'code' in value;

/** The Response's IssueInstant (the document element's), epoch ms. */
function issueInstant(xml: string): number | undefined {
  // [U] which IssueInstant AWS measures the five minutes from: the Response's here. The library reads none; the Response
  // element is the document's first, so its opening tag is the first match.
  const value = /<(?:[\w.-]+:)?Response\b[^>]*?\sIssueInstant\s*=\s*"([^"]+)"/.exec(xml)?.[1];
  const ms = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** `urn:oasis:names:tc:SAML:2.0:nameid-format:persistent` → `persistent`; any other Format as written (STS API reference). */
export function subjectType(format: string | undefined): string {
  const written = format ?? UNSPECIFIED;
  return written.startsWith(NAME_ID_PREFIX) ? written.slice(NAME_ID_PREFIX.length) : written;
}

/** BASE64(SHA1(issuer + account id + "/" + provider name)) (STS API reference, NameQualifier). */
export async function nameQualifier(issuer: string, accountId: string, providerName: string): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', new TextEncoder().encode(`${issuer}${accountId}/${providerName}`)));
  return btoa(String.fromCharCode(...digest));
}

async function sessionRecord(accountId: string, provider: SamlProviderRecord, assertion: SamlAssertion, recipient: string): Promise<SamlSessionRecord> {
  return {
    provider: provider.Arn,
    subject: assertion.nameId,
    subjectType: subjectType(assertion.nameIdFormat),
    issuer: assertion.issuer,
    audience: assertion.recipient ?? recipient,
    nameQualifier: await nameQualifier(assertion.issuer, accountId, provider.Name),
    doc: `${accountId}/${provider.Name}`,
  };
}

/** `arn:…:role/R,arn:…:saml-provider/P` (either order, spaces around the comma ignored). */
function rolePairs(assertion: SamlAssertion): SamlRolePair[] {
  const pairs: SamlRolePair[] = [];
  for (const value of assertion.attributes[AWS_SAML_ATTRIBUTES.role] ?? []) {
    const parts = value.split(',').map((p) => p.trim());
    if (parts.length !== 2) continue;
    const roleArn = parts.find((p) => /^arn:[\w-]+:iam::\d{12}:role\//.test(p));
    const principalArn = parts.find((p) => /^arn:[\w-]+:iam::\d{12}:saml-provider\//.test(p));
    if (roleArn && principalArn) pairs.push({ roleArn, principalArn });
  }
  return pairs;
}
