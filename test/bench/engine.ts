/**
 * Part 1: how much the simulated cloud costs on top of the cryptography it cannot avoid.
 * A warm cloud runs N article journeys (SignUp → ConfirmSignUp → InitiateAuth → GetUser) through cloud.fetch; jose signs the
 * same number of tokens (2 per journey: ID and access, RS256, the same key) on its own. Target: a journey ≤ 1.5× its two signatures (signed concurrently, as the pool signs its ID and access tokens).
 */
import { readFileSync } from 'node:fs';
import { importJWK, SignJWT, type JWK } from 'jose';
import { createCloud, type Cloud, type SigningKeyInput } from '../../src/engine';
import type { BenchRow } from './table';

const KEYS = JSON.parse(readFileSync(new URL('../fixtures/signingKeys.json', import.meta.url), 'utf8')) as SigningKeyInput[];
const PASSWORD = '#Abc1234';
const FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];

async function journey(cloud: Cloud, clientId: string, username: string): Promise<void> {
  await cloud.cognitoIdp.signUp({ ClientId: clientId, Username: username, Password: PASSWORD, UserAttributes: [{ Name: 'email', Value: username }] });
  const code = cloud.outbox.latest?.code;
  if (!code) throw new Error(`no code was sent to ${username}`);
  await cloud.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: username, ConfirmationCode: code });
  const { AuthenticationResult } = await cloud.cognitoIdp.initiateAuth({
    ClientId: clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: username, PASSWORD },
  });
  await cloud.cognitoIdp.getUser({ AccessToken: AuthenticationResult!.AccessToken! });
}

/** Claims of about the size the pool signs, so jose signs comparable payloads. */
function claims(i: number) {
  return {
    sub: '0f9c8a36-1d2e-4c52-9a57-7a3b1f1c2d3e',
    iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI',
    'cognito:username': `bench-${i}@example.com`,
    origin_jti: 'b0a1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d',
    aud: 'abcdefghijklmnopqrstuvwxyz',
    event_id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
    token_use: 'id',
    auth_time: 1768467600 + i,
    iat: 1768467600 + i,
    exp: 1768471200 + i,
    jti: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
    email: `bench-${i}@example.com`,
    email_verified: true,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function engineRows(journeys = 200): Promise<BenchRow[]> {
  const cloud = await createCloud({ keys: KEYS, seed: 'bench' });
  const { UserPool } = await cloud.cognitoIdp.createUserPool({
    PoolName: 'bench',
    AutoVerifiedAttributes: ['email'],
    Schema: [{ Name: 'email', Required: true }],
  });
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({ UserPoolId: UserPool.Id, ClientName: 'bench', ExplicitAuthFlows: FLOWS });
  const clientId = UserPoolClient.ClientId;
  await journey(cloud, clientId, 'warm-up@example.com');

  const key = await importJWK({ ...(KEYS[0]!.privateJwk as JWK), alg: 'RS256' }, 'RS256');
  const sign = (i: number) => new SignJWT(claims(i)).setProtectedHeader({ kid: 'bench', alg: 'RS256' }).sign(key);
  await Promise.all([sign(-1), sign(-2)]);

  // Alternate small batches of both and take medians, so a busy machine slows both sides alike.
  const rounds = Math.max(1, Math.min(20, Math.floor(journeys / 10)));
  const journeyMs: number[] = [];
  const signMs: number[] = [];
  let done = 0;
  for (let round = 0; round < rounds; round++) {
    const batch = Math.floor(journeys / rounds) + (round < journeys % rounds ? 1 : 0);
    let t = performance.now();
    for (let i = done; i < done + batch; i++) await journey(cloud, clientId, `bench-${i}@example.com`);
    journeyMs.push((performance.now() - t) / batch);
    t = performance.now();
    for (let i = done; i < done + batch; i++) await Promise.all([sign(i), sign(i + journeys)]);
    signMs.push((performance.now() - t) / batch);
    done += batch;
  }
  const perJourney = median(journeyMs);
  const perTwoSignatures = median(signMs);

  const ratio = median(journeyMs.map((ms, i) => ms / signMs[i]!));
  return [
    { part: 'engine', name: `journey SignUp→ConfirmSignUp→InitiateAuth→GetUser (n=${journeys}, median of ${rounds} rounds)`, value: perJourney, unit: 'ms' },
    { part: 'engine', name: `jose: 2 RS256 signatures (n=${journeys})`, value: perTwoSignatures, unit: 'ms' },
    { part: 'engine', name: 'journey ÷ 2 signatures', value: ratio, unit: '×', target: '≤ 1.5×', verdict: ratio <= 1.5 ? 'PASS' : 'OVER' },
  ];
}
