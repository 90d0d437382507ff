/**
 * SigV4's intermediate values for a signed request, recomputed with the same maths the front door verifies with: the
 * canonical request, the string to sign, the credential scope and the signature. The app shows them beside each request it
 * signs (the signature itself comes from smithy's signer; these are recomputed so a learner can follow every step).
 */
import { canonicalRequest, readClaim, sha256Hex, signatureOf, signingKey, stringToSign, UNSIGNED_PAYLOAD } from './sigv4';
import type { WireRequest } from './wire';

export interface SigningSteps {
  canonicalRequest: string;
  /** `AWS4-HMAC-SHA256\n<date>\n<scope>\n<hex sha256 of the canonical request>`. */
  stringToSign: string;
  /** `<day>/<region>/<service>/aws4_request`. */
  credentialScope: string;
  signedHeaders: string[];
  /** HMAC-SHA256 of the string to sign with the key derived from the secret, day, region and service. */
  signature: string;
  /** What the request's own signature says, to compare. */
  claimedSignature: string;
}

/** The steps for a request signed with `secret`, or undefined when it carries no complete SigV4 signature. */
export function signingSteps(request: WireRequest, secret: string): SigningSteps | undefined {
  const read = readClaim(request);
  if (!read.ok) return undefined;
  const claim = read.claim;
  const amzDate = claim.amzDate;
  if (!amzDate) return undefined;
  const declared = request.headers['x-amz-content-sha256'];
  const payloadHash = claim.service === 's3' ? (declared ?? (claim.presigned ? UNSIGNED_PAYLOAD : sha256Hex(request.body))) : sha256Hex(request.body);
  const canonical = canonicalRequest(request, claim.service, claim.signedHeaders, payloadHash);
  const credentialScope = `${claim.day}/${claim.region}/${claim.service}/aws4_request`;
  const toSign = stringToSign(amzDate, credentialScope, canonical);
  return {
    canonicalRequest: canonical,
    stringToSign: toSign,
    credentialScope,
    signedHeaders: claim.signedHeaders,
    signature: signatureOf(signingKey(secret, claim.day, claim.region, claim.service), toSign),
    claimedSignature: claim.signature,
  };
}
