/**
 * Temporary security credentials as STS issues them (AssumeRoleWithWebIdentity): an `ASIA…` access key id, a 40-character
 * secret and an opaque session token, all drawn from the cloud's seeded generator, kept in STS's store by access key id
 * so the front door can verify requests signed with them.
 */
import type { Random } from '../../kernel/ids';
import type { IssuedCredentials, StsState } from '../model';

/** Base32's alphabet (A–Z, 2–7): what AWS access key ids after the prefix are made of. */
const KEY_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** [U] Real session tokens are opaque base64 of varying length (several hundred characters); ours are 356 with padding. */
const SESSION_TOKEN_CHARS = 354;

/** What a session is of: everything an IssuedCredentials record holds but its keys and times. */
export type SessionGrant = Omit<IssuedCredentials, 'AccessKeyId' | 'SecretAccessKey' | 'SessionToken' | 'Expiration' | 'issuedAt'>;

/** Issues credentials valid `durationSeconds` from `now` and stores them. */
export function issueCredentials(state: StsState, random: Random, now: number, durationSeconds: number, grant: SessionGrant): IssuedCredentials {
  let AccessKeyId: string;
  do AccessKeyId = `ASIA${random.chars(KEY_ID_ALPHABET, 16)}`;
  while (state.credentials[AccessKeyId] !== undefined);
  const issued: IssuedCredentials = {
    AccessKeyId,
    SecretAccessKey: random.chars(BASE64, 40),
    SessionToken: `${random.chars(BASE64, SESSION_TOKEN_CHARS)}==`,
    Expiration: now + durationSeconds * 1000,
    issuedAt: now,
    ...grant,
  };
  state.credentials[AccessKeyId] = issued;
  return issued;
}

/** The issued credentials of an access key id, if STS issued it. */
export function issuedCredentials(state: StsState, accessKeyId: string): IssuedCredentials | undefined {
  return Object.hasOwn(state.credentials, accessKeyId) ? state.credentials[accessKeyId] : undefined;
}
