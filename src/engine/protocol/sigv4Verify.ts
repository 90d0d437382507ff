import { canonicalRequest, readClaim, type ClaimResult, sha256Hex, signatureFor, stringToSign, UNSIGNED_PAYLOAD } from './sigv4';
import type { WireRequest } from './wire';

export interface VerifyOptions {
  /** The secret access key of an access key id, or undefined for a key the cloud does not know. */
  secretFor(accessKeyId: string): string | undefined;
  /** The cloud's clock, epoch milliseconds. */
  now: number;
  /** Whose error codes to answer with: the signing service's protocol (`json`, `query`, `rest-xml` for S3). Default: S3's for `s3`, else Query's. */
  protocol?: 'json' | 'query' | 'rest-json' | 'rest-xml';
}

export interface Verified {
  accessKeyId: string;
  region: string;
  service: string;
  sessionToken?: string;
}

/** Why a signature was refused, so a caller can pick its own service's code where AWS's services differ. */
export type FailureReason = 'missing' | 'incomplete' | 'unknownKey' | 'mismatch' | 'skewed' | 'expired' | 'payloadMismatch';

export type VerifyResult =
  | { ok: true; value: Verified }
  | { ok: false; reason: FailureReason; code: string; message: string; status: number; canonicalRequest?: string; stringToSign?: string };

const MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';
// [O] S3's shorter wording.
const S3_MISMATCH = 'The request signature we calculated does not match the signature you provided. Check your key and signing method.';

/** `20240115T100000Z` → epoch milliseconds. */
function parseAmzDate(value: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : undefined;
}
const amzDateOf = (millis: number) => new Date(millis).toISOString().replace(/[-:]|\.\d{3}/g, '');

/**
 * Verifies a SigV4 signature as AWS's front door does, with time only from `now`: the claim is read, the key looked up, the
 * request time checked (5 minutes either way; 15 for S3; a presigned URL until `X-Amz-Expires`), the canonical request
 * rebuilt and the signature compared. Codes follow the signing service: S3's own (`InvalidAccessKeyId`, `RequestTimeTooSkewed`,
 * `AccessDenied`), Query services' (`InvalidClientTokenId`, `SignatureDoesNotMatch`), JSON services' (`UnrecognizedClientException`,
 * `InvalidSignatureException`); `reason` lets a caller choose otherwise. `read` is the request's claim, when the caller
 * has read it already (the headers it reads are the same with or without the rebuilt `host` and `content-length`).
 */
export function verifySignature(request: WireRequest, options: VerifyOptions, read: ClaimResult = readClaim(request)): VerifyResult {
  if (!read.ok) {
    // [U] The code for an unsigned request differs by service (S3 treats it as anonymous): the caller decides what `missing` means.
    if (read.missing)
      return { ok: false, reason: 'missing', code: 'MissingAuthenticationToken', message: 'Request is missing Authentication Token', status: 403 };
    return { ok: false, reason: 'incomplete', code: 'IncompleteSignature', message: read.message, status: 400 };
  }
  const claim = read.claim;
  const protocol = options.protocol ?? (claim.service === 's3' ? 'rest-xml' : 'query');
  const dialect = protocol === 'rest-xml' ? 's3' : protocol === 'json' || protocol === 'rest-json' ? 'json' : 'query';
  const fail = (reason: Exclude<FailureReason, 'missing' | 'incomplete'>, extra: Partial<VerifyResult> = {}): VerifyResult =>
    ({ ok: false, reason, ...CODES[dialect][reason], ...extra }) as VerifyResult;

  const secret = options.secretFor(claim.accessKeyId);
  if (secret === undefined) return fail('unknownKey');

  const signedAt = claim.amzDate ? parseAmzDate(claim.amzDate) : undefined;
  if (signedAt === undefined)
    return {
      ok: false,
      reason: 'incomplete',
      code: 'IncompleteSignature',
      message: `Date must be in ISO-8601 'basic format'. Got '${claim.amzDate ?? ''}'. See http://en.wikipedia.org/wiki/ISO_8601`,
      status: 400,
    };
  if (claim.presigned) {
    if (claim.expires !== undefined && options.now > signedAt + claim.expires * 1000) return fail('expired');
  } else {
    const window = (dialect === 's3' ? 15 : 5) * 60_000;
    if (Math.abs(options.now - signedAt) > window) {
      if (dialect === 's3') return fail('skewed');
      const minutes = window / 60_000;
      const message =
        signedAt < options.now
          ? `Signature expired: ${claim.amzDate} is now earlier than ${amzDateOf(options.now - window)} (${amzDateOf(options.now)} - ${minutes} min.)`
          : `Signature not yet current: ${claim.amzDate} is still later than ${amzDateOf(options.now + window)} (${amzDateOf(options.now)} + ${minutes} min.)`;
      return fail('skewed', { message });
    }
  }

  const declared = request.headers['x-amz-content-sha256'];
  let payloadHash: string;
  if (dialect === 's3') {
    // S3 checks a declared hash against the body; UNSIGNED-PAYLOAD and the streaming forms leave the payload out of the
    // signature (and presigned URLs always do), so the body is hashed only when the signature or the check needs it.
    const hexDeclared = declared !== undefined && /^[0-9a-f]{64}$/.test(declared);
    const bodyHash = hexDeclared || (declared === undefined && !claim.presigned) ? sha256Hex(request.body) : undefined;
    if (hexDeclared && declared !== bodyHash) return fail('payloadMismatch');
    payloadHash = declared ?? (claim.presigned ? UNSIGNED_PAYLOAD : bodyHash!);
  } else payloadHash = sha256Hex(request.body);

  const canonical = canonicalRequest(request, claim.service, claim.signedHeaders, payloadHash);
  const toSign = stringToSign(claim.amzDate!, `${claim.day}/${claim.region}/${claim.service}/aws4_request`, canonical);
  const expected = signatureFor(secret, claim.day, claim.region, claim.service, toSign);
  if (!claim.signedHeaders.includes('host') || expected !== claim.signature) return fail('mismatch', { canonicalRequest: canonical, stringToSign: toSign });
  const value: Verified = { accessKeyId: claim.accessKeyId, region: claim.region, service: claim.service };
  if (claim.sessionToken !== undefined) value.sessionToken = claim.sessionToken;
  return { ok: true, value };
}

type Code = { code: string; message: string; status: number };
const QUERY: Record<Exclude<FailureReason, 'missing' | 'incomplete'>, Code> = {
  unknownKey: { code: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.', status: 403 },
  mismatch: { code: 'SignatureDoesNotMatch', message: MISMATCH, status: 403 },
  skewed: { code: 'SignatureDoesNotMatch', message: '', status: 403 },
  expired: { code: 'SignatureDoesNotMatch', message: 'Signature expired.', status: 403 },
  payloadMismatch: { code: 'SignatureDoesNotMatch', message: MISMATCH, status: 403 },
};
const CODES: Record<'s3' | 'json' | 'query', typeof QUERY> = {
  query: QUERY,
  // [U] JSON services answer with the same words under their own codes.
  json: {
    ...QUERY,
    unknownKey: { code: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.', status: 400 },
    mismatch: { code: 'InvalidSignatureException', message: MISMATCH, status: 400 },
    skewed: { code: 'InvalidSignatureException', message: '', status: 400 },
  },
  s3: {
    unknownKey: { code: 'InvalidAccessKeyId', message: 'The AWS Access Key Id you provided does not exist in our records.', status: 403 },
    mismatch: { code: 'SignatureDoesNotMatch', message: S3_MISMATCH, status: 403 },
    skewed: { code: 'RequestTimeTooSkewed', message: 'The difference between the request time and the current time is too large.', status: 403 },
    expired: { code: 'AccessDenied', message: 'Request has expired', status: 403 },
    payloadMismatch: {
      code: 'XAmzContentSHA256Mismatch',
      message: "The provided 'x-amz-content-sha256' header does not match what was computed.",
      status: 400,
    },
  },
};
