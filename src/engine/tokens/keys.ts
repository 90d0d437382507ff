import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Random } from '../kernel/ids';

/** A signing key as the cloud stores it: plain JSON, so it travels in snapshots. */
export interface KeyRecord {
  kid: string;
  privateJwk: JWK;
  publicJwk: JWK;
}

/** A key handed to createCloud({ keys }): an RS256 private JWK, with an optional kid. */
export interface SigningKeyInput {
  privateJwk: JWK;
  kid?: string;
}

/** What a JWKS endpoint lists for one key. */
export interface PublicJwk {
  kid: string;
  alg: 'RS256' | 'RS512';
  kty: 'RSA';
  e: string;
  n: string;
  use: 'sig';
}

/** Generates an RS256 2048-bit key pair with jose (WebCrypto in both Node and the browser). */
export async function generateSigningKey(): Promise<SigningKeyInput> {
  const { privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
  return { privateJwk: await exportJWK(privateKey) };
}

export function toKeyRecord(input: SigningKeyInput, random: Random): KeyRecord {
  const { n, e } = input.privateJwk;
  if (!n || !e) throw new Error('Signing keys must be RSA private JWKs');
  // Cognito kids are base64 strings ending in '=' (e.g. "1234example="): 32 random bytes in base64 match their shape.
  const kid = input.kid ?? btoa(String.fromCharCode(...random.bytes(32)));
  return { kid, privateJwk: { ...input.privateJwk, alg: 'RS256', kid }, publicJwk: { kty: 'RSA', n, e, alg: 'RS256', kid, use: 'sig' } };
}

export function toPublicJwk(key: KeyRecord): PublicJwk {
  return { kid: key.kid, alg: 'RS256', kty: 'RSA', e: key.publicJwk.e!, n: key.publicJwk.n!, use: 'sig' };
}

const startedId = (claims: object, key: KeyRecord, alg: string) => `${alg}\n${key.kid}\n${key.publicJwk.n?.slice(0, 16)}\n${JSON.stringify(claims)}`;

/** Imported CryptoKeys, cached by kid: importing costs far more than signing. */
/** How many of the tokens it signed a cloud remembers as valid without verifying them again. */
const SIGNED_REMEMBERED = 2000;

export class KeyCache {
  readonly #keys = new Map<string, Promise<CryptoKey>>();
  /** The same keys once imported, so a signature need not wait a turn for a settled promise. */
  readonly #ready = new Map<string, CryptoKey>();
  /** Tokens this cloud signed itself, newest last, with the kid that signed them (bounded; not part of snapshots). */
  readonly #signed = new Map<string, { kid: string; claims: Readonly<Record<string, unknown>> }>();
  /** The same tokens in a ring, so the oldest is forgotten without walking the map. */
  readonly #ring: string[] = [];
  #oldest = 0;

  /** Signatures started ahead of the call that needs them (start), each taken once (takeStarted); bounded, not in snapshots. */
  readonly #started = new Map<string, Promise<string>>();

  /** Starts a signature of these claims with this key now, for a call expected soon to take it. */
  start(claims: object, key: KeyRecord, alg: 'RS256' | 'RS512', sign: () => Promise<string>): void {
    const id = startedId(claims, key, alg);
    if (this.#started.has(id)) return;
    if (this.#started.size >= 16) this.#started.delete(this.#started.keys().next().value!);
    const signing = sign();
    // A signature nobody takes must not surface as an unhandled rejection; the taker sees the failure and signs again.
    signing.catch(() => undefined);
    this.#started.set(id, signing);
  }

  /** The started signature of exactly these claims with this key, handed out once; undefined when none was started. */
  takeStarted(claims: object, key: KeyRecord, alg: 'RS256' | 'RS512'): Promise<string> | undefined {
    // Nothing started (a sign-in through the API): no need to serialize the claims to look.
    if (this.#started.size === 0) return undefined;
    const id = startedId(claims, key, alg);
    const signing = this.#started.get(id);
    if (!signing) return undefined;
    this.#started.delete(id);
    return signing;
  }

  /** Remembers a token this cloud just signed, and its claims as a verifier would decode them. */
  rememberSigned(token: string, kid: string, claims: Readonly<Record<string, unknown>>): void {
    this.#signed.set(token, { kid, claims });
    if (this.#ring.length < SIGNED_REMEMBERED) {
      this.#ring.push(token);
      return;
    }
    this.#signed.delete(this.#ring[this.#oldest]!);
    this.#ring[this.#oldest] = token;
    this.#oldest = (this.#oldest + 1) % SIGNED_REMEMBERED;
  }

  /** The kid that signed this exact token here, if this cloud signed it: its signature is then known to be valid. */
  signedHere(token: string): string | undefined {
    return this.#signed.get(token)?.kid;
  }

  /** The claims of a token this cloud signed, without decoding it again (frozen: every reader shares them). */
  claimsSignedHere(token: string): Readonly<Record<string, unknown>> | undefined {
    return this.#signed.get(token)?.claims;
  }

  /** The CryptoKey of a record for one algorithm (WebCrypto binds a key to its hash: RS256 for user pools, RS512 for identity pools). */
  get(record: KeyRecord, use: 'private' | 'public', alg: 'RS256' | 'RS512' = 'RS256'): Promise<CryptoKey> {
    const id = keyId(record, use, alg);
    let key = this.#keys.get(id);
    if (!key) {
      key = importJWK({ ...(use === 'private' ? record.privateJwk : record.publicJwk), alg }, alg) as Promise<CryptoKey>;
      this.#keys.set(id, key);
      key.then(
        (imported) => this.#ready.set(id, imported),
        () => undefined,
      );
    }
    return key;
  }

  /** The CryptoKey get() has already imported for this record, or undefined while it has not. */
  imported(record: KeyRecord, use: 'private' | 'public', alg: 'RS256' | 'RS512' = 'RS256'): CryptoKey | undefined {
    return this.#ready.get(keyId(record, use, alg));
  }
}

const keyId = (record: KeyRecord, use: 'private' | 'public', alg: string) => `${use}:${alg}:${record.kid}:${record.publicJwk.n?.slice(0, 16)}`;
