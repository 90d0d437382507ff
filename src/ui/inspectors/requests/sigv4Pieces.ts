/**
 * The SigV4 pieces of a signed request, recomputed from the request as the log keeps it: the canonical request, the string
 * to sign, the signing key's derivation (kDate → kRegion → kService → kSigning) and the signature. The engine's
 * `signingSteps` does the canonical request and the signature with the front door's own maths; the derivation's
 * intermediate keys are recomputed here to be shown. The secret comes from the log (the answer that issued the key) or is
 * the account's documented example pair; without it the signature cannot be recomputed, and only the sent one is shown.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { ADMIN_ACCESS_KEY_ID, ADMIN_SECRET_ACCESS_KEY, signingSteps, type LogEntry, type SigningSteps } from '../../../engine';
import { credentialsIn } from './identitySnippets';

export interface KeyStep {
  name: 'kDate' | 'kRegion' | 'kService' | 'kSigning';
  /** The HMAC key, in words: `"AWS4" + secret` or the previous step's name. */
  keyFrom: string;
  /** What is hashed with it: the day, the region, the service or `aws4_request`. */
  data: string;
  /** The step's result, hex. */
  hex: string;
}

export interface SigV4Pieces {
  accessKeyId: string;
  /** Canonical request, string to sign, scope, signed headers, and the signature (recomputed when the secret is known). */
  steps: SigningSteps;
  /** The secret the key was signed with, when the log has it. The Requests tab masks it until the learner reveals it. */
  secret?: string;
  /** Where the secret comes from: the answer that issued the key, or the example administrator pair. */
  secretFrom?: string;
  /** The signing key's derivation, when the secret is known. */
  derivation?: KeyStep[];
  /** The recomputed signature equals the one the request carried. */
  matches?: boolean;
}

const isSigned = (entry: Pick<LogEntry, 'http'>) =>
  Object.entries(entry.http.request.headers).some(([k, v]) => k.toLowerCase() === 'authorization' && v.startsWith('AWS4-HMAC-SHA256 '));

/** The secret of an access key, from the answer that issued it (an identity's temporary credentials) or the admin pair. */
function secretOf(accessKeyId: string, entries: readonly LogEntry[]): { secret: string; from: string } | undefined {
  if (accessKeyId === ADMIN_ACCESS_KEY_ID) return { secret: ADMIN_SECRET_ACCESS_KEY, from: 'the account’s example administrator key pair' };
  // The app's own request that got the key before a call made inside it (STS's, which has a parent).
  for (const entry of [...entries].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)))) {
    const credentials = credentialsIn(entry);
    if (credentials?.['AccessKeyId'] !== accessKeyId) continue;
    const secret = credentials['SecretKey'] ?? credentials['SecretAccessKey'];
    if (typeof secret === 'string') return { secret, from: `${entry.action}’s answer` };
  }
  return undefined;
}

/** kDate = HMAC("AWS4" + secret, day), kRegion = HMAC(kDate, region), kService = HMAC(kRegion, service), kSigning = HMAC(kService, "aws4_request"). */
export function keyDerivation(secret: string, scope: string): KeyStep[] {
  const [day = '', region = '', service = '', terminal = 'aws4_request'] = scope.split('/');
  const names = ['kDate', 'kRegion', 'kService', 'kSigning'] as const;
  let key = utf8ToBytes(`AWS4${secret}`);
  return [day, region, service, terminal].map((data, i) => {
    key = hmac(sha256, key, utf8ToBytes(data));
    return { name: names[i]!, keyFrom: i === 0 ? '"AWS4" + secret' : names[i - 1]!, data, hex: bytesToHex(key) };
  });
}

/** The SigV4 pieces of a logged request signed with SigV4 (in its Authorization header), or undefined for any other. */
export function sigV4Pieces(entry: LogEntry, entries: readonly LogEntry[] = []): SigV4Pieces | undefined {
  if (!isSigned(entry)) return undefined;
  const { method, url, headers, body } = entry.http.request;
  const wire = { method, url: new URL(url), headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])), body };
  const accessKeyId = /Credential=([^/]+)\//.exec(wire.headers['authorization'] ?? '')?.[1] ?? entry.signedBy?.accessKeyId ?? '';
  const known = secretOf(accessKeyId, entries);
  const steps = signingSteps(wire, known?.secret ?? '');
  if (!steps) return undefined;
  if (!known) return { accessKeyId, steps: { ...steps, signature: steps.claimedSignature } };
  return {
    accessKeyId,
    steps,
    secret: known.secret,
    secretFrom: known.from,
    derivation: keyDerivation(known.secret, steps.credentialScope),
    matches: steps.signature === steps.claimedSignature,
  };
}

/** A secret as shown until revealed: dots, as many as it has characters, and none of them. */
export function maskSecret(secret: string): string {
  return '•'.repeat(secret.length);
}
