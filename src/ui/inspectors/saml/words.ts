/** A SAML verdict and an assertion's validity, in a learner's words. */
import type { SamlFailure, SamlVerdict } from '../../../engine/saml/verify';
import { relativeTime } from '../tokens/time';

/** Why a service provider refuses an assertion, in a learner's words (the verifier's own message follows it). */
export const FAILURE_WORDS: Record<SamlFailure, string> = {
  malformed: 'It is not a SAML response that can be read: not base64, not well-formed XML, or no assertion in it.',
  unsigned: 'Nobody signed it: anyone could have written it, so it proves nothing.',
  badSignature:
    'The signature does not match the signed XML: something was changed after the IdP signed it (or the signature is not on the element that is read).',
  untrustedCertificate: 'It is signed, but not by a certificate the provider’s metadata lists: not the IdP this service provider trusts.',
  status: 'The IdP did not say Success: it did not sign the user in.',
  issuer: 'It comes from another IdP than the one this provider names.',
  audience: 'It was made for another service provider (its Audience), so this one must not accept it.',
  recipient: 'It was meant to be posted somewhere else (its Recipient is another assertion consumer URL).',
  inResponseTo: 'It answers another sign-in request than the one this service provider sent.',
  notYetValid: 'It is not valid yet (NotBefore is later than the clock).',
  expired: 'It has expired (NotOnOrAfter has passed on the clock).',
};

/** The verdict in words: accepted, or which check refused it and why. */
export function verdictWords(verdict: SamlVerdict): string {
  return verdict.ok
    ? 'Accepted: the signature matches the IdP’s certificate and every condition holds at the simulated time.'
    : `Refused (${verdict.failure}). ${FAILURE_WORDS[verdict.failure]} ${verdict.message}`;
}

/** NotBefore / NotOnOrAfter against the clock: "valid now, expires in 4 min", "expired 3 min ago", "not valid yet". */
export function validityWords(notBefore: number | undefined, notOnOrAfter: number | undefined, now: number): string {
  if (notBefore !== undefined && now < notBefore) return `not valid yet: it starts ${relativeTime(notBefore, now)}`;
  if (notOnOrAfter !== undefined && now >= notOnOrAfter) return `expired ${relativeTime(notOnOrAfter, now)}`;
  return notOnOrAfter !== undefined ? `valid now: it expires ${relativeTime(notOnOrAfter, now)}` : 'valid now, with no end';
}
