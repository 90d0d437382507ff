/**
 * What AWS answers a request signed with temporary credentials whose session token does not match or whose session has
 * expired, in the words of the signing service's protocol: S3's own codes (Amazon S3 API Reference, "Error responses":
 * InvalidToken 400, ExpiredToken 400), Query services' (InvalidClientTokenId, ExpiredToken, 403), JSON services' (400).
 */
import { CloudError } from '../kernel/errors';
import type { ProtocolId } from '../services';

export type SessionFailure = 'badToken' | 'expired';

const INVALID = 'The security token included in the request is invalid.';
const EXPIRED = 'The security token included in the request is expired';

export const SESSION_MESSAGES = {
  invalid: INVALID,
  expired: EXPIRED,
  s3Invalid: 'The provided token is malformed or otherwise invalid.',
  s3Expired: 'The provided token has expired.',
} as const;

const ERRORS: Record<'restXml' | 'query' | 'json', Record<SessionFailure, [code: string, message: string, status: number]>> = {
  restXml: { badToken: ['InvalidToken', SESSION_MESSAGES.s3Invalid, 400], expired: ['ExpiredToken', SESSION_MESSAGES.s3Expired, 400] },
  query: { badToken: ['InvalidClientTokenId', INVALID, 403], expired: ['ExpiredToken', EXPIRED, 403] },
  // [U] a JSON service's answer to a wrong session token: its answer to an unknown key (UnrecognizedClientException).
  json: { badToken: ['UnrecognizedClientException', INVALID, 400], expired: ['ExpiredTokenException', EXPIRED, 400] },
};

/** The CloudError for a session token that does not match (or is missing), or for an expired session. */
export function sessionError(protocol: ProtocolId, failure: SessionFailure): CloudError {
  const dialect = protocol === 'rest-xml' ? 'restXml' : protocol === 'query' ? 'query' : 'json';
  const [code, message, status] = ERRORS[dialect][failure];
  return new CloudError(code, message, status);
}
