import { lookup } from '../../kernel/records';
import type { UserPoolRecord, UserRecord } from '../model';

/**
 * Revokes every refresh token the user holds, and with them the access tokens from the same sign-ins (same origin_jti):
 * what GlobalSignOut and AdminUserGlobalSignOut do. ID and access tokens still verify elsewhere until they expire;
 * only the pool's own APIs refuse them.
 */
export function revokeAllSignIns(pool: UserPoolRecord, user: UserRecord, now: number): void {
  for (const record of Object.values(pool.refreshTokens)) {
    if (record.username !== user.username || record.revoked) continue;
    record.revoked = true;
    pool.revokedOrigins[record.originJti] = now;
  }
}

/** Revokes one refresh token and the access tokens issued from it: RevokeToken. */
export function revokeRefreshToken(pool: UserPoolRecord, token: string, now: number): void {
  const record = lookup(pool.refreshTokens, token);
  if (!record) return;
  record.revoked = true;
  pool.revokedOrigins[record.originJti] = now;
}

/**
 * Removes a user for good (DeleteUser, AdminDeleteUser): their refresh tokens and challenge sessions go with the account, so a later
 * user with the same username inherits nothing. Their access tokens are not marked revoked: the pool then answers them with
 * `UserNotFoundException: User does not exist.` [O], and elsewhere they verify until they expire.
 */
export function removeUser(pool: UserPoolRecord, user: UserRecord, key: string): void {
  for (const [token, record] of Object.entries(pool.refreshTokens)) {
    if (record.username === user.username) delete pool.refreshTokens[token];
  }
  for (const [id, session] of Object.entries(pool.sessions)) {
    if (session.username === user.username) delete pool.sessions[id];
  }
  delete pool.users[key];
}
