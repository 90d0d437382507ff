import { importJWK, SignJWT, type JWK } from 'jose';
import signingKeys from '../fixtures/signingKeys.json';

export const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
export const POOL_ID = 'us-east-1_AbCdEfGhI';
export const CLIENT_ID = '57cbishk4j24pabc1234567890';
export const ISSUER = `https://cognito-idp.us-east-1.amazonaws.com/${POOL_ID}`;

const keys = signingKeys as unknown as { privateJwk: JWK }[];
const ID_KID = 'idkey0000000000000000000000000000000000000A=';
const ACCESS_KID = 'accesskey000000000000000000000000000000000B=';

function publicOf(jwk: JWK, kid: string) {
  return { kty: 'RSA', n: jwk.n!, e: jwk.e!, alg: 'RS256', kid, use: 'sig' };
}

export const JWKS = { keys: [publicOf(keys[0]!.privateJwk, ID_KID), publicOf(keys[1]!.privateJwk, ACCESS_KID)] };

const iat = Math.floor(NOW / 1000);

/** Signs a Cognito-shaped token with the fixture keys, like the pool would. */
export async function cognitoToken(use: 'id' | 'access', overrides: Record<string, unknown> = {}): Promise<string> {
  const base =
    use === 'id'
      ? {
          sub: 'e04d60a6-45dc-441c-a40b-e25a787d4862',
          email_verified: true,
          iss: ISSUER,
          'cognito:username': 'abc.xyz@gmail.com',
          aud: CLIENT_ID,
          token_use: 'id',
          auth_time: iat,
          iat,
          exp: iat + 3600,
          email: 'abc.xyz@gmail.com',
        }
      : {
          sub: 'e04d60a6-45dc-441c-a40b-e25a787d4862',
          iss: ISSUER,
          client_id: CLIENT_ID,
          token_use: 'access',
          scope: 'aws.cognito.signin.user.admin',
          auth_time: iat,
          iat,
          exp: iat + 3600,
          username: 'abc.xyz@gmail.com',
        };
  const key = await importJWK(keys[use === 'id' ? 0 : 1]!.privateJwk, 'RS256');
  return new SignJWT({ ...base, ...overrides }).setProtectedHeader({ kid: use === 'id' ? ID_KID : ACCESS_KID, alg: 'RS256' }).sign(key);
}
