/** PKCE (RFC 7636) as the token endpoint checks it: Cognito accepts only the S256 method. */
import { sha256 } from '@noble/hashes/sha2.js';
import { base64url } from 'jose';
import { utf8 } from '../../protocol/wire';

/** RFC 7636 §4.1: 43 to 128 characters of `[A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~"`. */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** BASE64URL-ENCODE(SHA256(ASCII(code_verifier))), without padding. */
export function s256Challenge(verifier: string): string {
  return base64url.encode(sha256(utf8(verifier)));
}

/** Whether a code_verifier is well formed and hashes to the challenge the authorization request carried. */
export function verifierMatches(verifier: string, challenge: string): boolean {
  return VERIFIER.test(verifier) && s256Challenge(verifier) === challenge;
}
