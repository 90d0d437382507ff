/**
 * The one seeded generator behind every id, code, salt and opaque token the cloud mints.
 * sfc32 seeded through cyrb128: tiny, fast, and its whole state is four numbers that fit in a snapshot.
 */
export type RandomState = [number, number, number, number];

export function seedState(seed: string): RandomState {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64URL = ALNUM + '-_';
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The 64-character alphabets are ASCII: their codes decode one to one. */
const ascii = new TextDecoder('latin1');

/** A draw's four bytes as hex, low byte first (the order bytes() lays them out). */
const word = (w: number): string => HEX[w & 0xff]! + HEX[(w >>> 8) & 0xff]! + HEX[(w >>> 16) & 0xff]! + HEX[w >>> 24]!;

export class Random {
  constructor(readonly state: RandomState) {}

  /** A uint32. */
  next(): number {
    const s = this.state;
    let a = s[0],
      b = s[1],
      c = s[2],
      d = s[3];
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    s[0] = a >>> 0;
    s[1] = b >>> 0;
    s[2] = c >>> 0;
    s[3] = d >>> 0;
    return t >>> 0;
  }

  int(max: number): number {
    return this.next() % max;
  }

  chars(alphabet: string, length: number): string {
    if (alphabet.length === 64) {
      // Six bits a character: one draw gives five characters. Written as character codes and decoded once, so a token of
      // hundreds of characters is one flat string rather than hundreds of concatenations.
      const codes = new Uint8Array(length);
      for (let i = 0; i < length; i += 5) {
        let bits = this.next();
        for (let j = i; j < Math.min(i + 5, length); j++, bits >>>= 6) codes[j] = alphabet.charCodeAt(bits & 63);
      }
      return ascii.decode(codes);
    }
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)]!;
    return out;
  }

  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i += 4) {
      const word = this.next();
      for (let j = 0; j < 4 && i + j < length; j++) out[i + j] = (word >>> (8 * j)) & 0xff;
    }
    return out;
  }

  hex(bytes: number): string {
    let out = '';
    for (let i = 0; i < bytes; i += 4) {
      const word = this.next();
      for (let j = 0; j < 4 && i + j < bytes; j++) out += HEX[(word >>> (8 * j)) & 0xff]!;
    }
    return out;
  }

  /** A lowercase RFC 4122 version-4 UUID, as Cognito uses for `sub`, `jti` and request ids. */
  uuid(): string {
    // The 16 bytes bytes(16) would give (four draws, each low byte first), version and variant set, written as hex directly.
    const w0 = this.next();
    const w1 = this.next();
    const w2 = this.next();
    const w3 = this.next();
    return (
      word(w0) +
      '-' +
      HEX[w1 & 0xff]! +
      HEX[(w1 >>> 8) & 0xff]! +
      '-' +
      HEX[((w1 >>> 16) & 0x0f) | 0x40]! +
      HEX[w1 >>> 24]! +
      '-' +
      HEX[(w2 & 0x3f) | 0x80]! +
      HEX[(w2 >>> 8) & 0xff]! +
      '-' +
      HEX[(w2 >>> 16) & 0xff]! +
      HEX[w2 >>> 24]! +
      word(w3)
    );
  }

  /** A 6-digit confirmation or reset code, as Cognito sends. */
  code(): string {
    return String(this.int(1_000_000)).padStart(6, '0');
  }

  /** `us-east-1_aBcDeFgHi`: region, underscore, nine letters and digits. */
  userPoolId(region: string): string {
    return `${region}_${this.chars(ALNUM, 9)}`;
  }

  /** 26 lowercase letters and digits, like a real app client id. */
  clientId(): string {
    return this.chars(LOWER_ALNUM, 26);
  }

  /** 51 lowercase letters and digits, like a real app client secret. */
  clientSecret(): string {
    return this.chars(LOWER_ALNUM, 51);
  }

  /** An opaque challenge Session: real ones start with `AYABe`. */
  session(): string {
    return 'AYABe' + this.chars(BASE64URL, 300);
  }

  base64url(length: number): string {
    return this.chars(BASE64URL, length);
  }

  /** A temporary password that satisfies the default policy. */
  temporaryPassword(): string {
    return this.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 2) + this.chars('abcdefghijkmnopqrstuvwxyz', 3) + this.chars('23456789', 2) + '!' + this.chars(ALNUM, 2);
  }
}
