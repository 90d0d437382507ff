import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { CloudError } from '../../kernel/errors';
import type { UserPoolClientRecord } from '../model';
import { USER_POOL_MESSAGES } from './messages';

/** `Base64(HMAC_SHA256(key = clientSecret, message = username + clientId))`, as every Cognito client computes SECRET_HASH. */
export async function computeSecretHash(clientSecret: string, username: string, clientId: string): Promise<string> {
  const mac = hmac(sha256, utf8ToBytes(clientSecret), utf8ToBytes(username + clientId));
  return btoa(String.fromCharCode(...mac));
}

/**
 * For a client with a secret, the caller must prove it knows the secret:
 * missing → `Client <id> is configured for secret but secret was not received`, wrong → `Unable to verify secret hash for client <id>`.
 * `usernames` lists every name the hash may have been computed over (what was typed, the stored username).
 */
export async function checkSecretHash(client: UserPoolClientRecord, usernames: string[], provided: string | undefined): Promise<void> {
  if (!client.ClientSecret) return;
  if (!provided) {
    throw new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.secretNotReceived(client.ClientId));
  }
  for (const name of new Set(usernames)) {
    if ((await computeSecretHash(client.ClientSecret, name, client.ClientId)) === provided) return;
  }
  throw new CloudError('NotAuthorizedException', USER_POOL_MESSAGES.secretHashMismatch(client.ClientId));
}
