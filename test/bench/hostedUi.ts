/**
 * Part: the hosted UI's authorization code grant with PKCE, the whole round trip as a browser and an app make it, in
 * process through `cloud.fetch`: GET /oauth2/authorize (302 to /login), GET /login (the form and its XSRF-TOKEN cookie),
 * POST /login (302 to the callback with a code), POST /oauth2/token with the verifier (the ID and access tokens). Each
 * round trip is a new browser, so a new sign-in. Its crypto floor is what the pool cannot skip: the two RS256 signatures
 * of the tokens, made concurrently as the pool makes them. Target: round trip ≤ 2× its floor.
 */
import { readFileSync } from 'node:fs';
import { importJWK, SignJWT, type JWK } from 'jose';
import { createCloud, type Cloud, type SigningKeyInput } from '../../src/engine';
import { challengeOf } from '../../src/flows/hostedUi/oauth';
import type { BenchRow } from './table';

const KEYS = JSON.parse(readFileSync(new URL('../fixtures/signingKeys.json', import.meta.url), 'utf8')) as SigningKeyInput[];
const CALLBACK = 'http://localhost';
const DOMAIN = 'bench-login';

interface Setup {
  cloud: Cloud;
  clientId: string;
  base: string;
}

async function setup(): Promise<Setup> {
  const cloud = await createCloud({ keys: KEYS, seed: 'bench-hosted-ui' });
  const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'bench' });
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
    UserPoolId: UserPool.Id,
    ClientName: 'bench',
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['code'],
    AllowedOAuthScopes: ['openid', 'email'],
    CallbackURLs: [CALLBACK],
    SupportedIdentityProviders: ['COGNITO'],
  });
  await cloud.cognitoIdp.createUserPoolDomain({ Domain: DOMAIN, UserPoolId: UserPool.Id });
  await cloud.cognitoIdp.adminCreateUser({ UserPoolId: UserPool.Id, Username: 'ana', MessageAction: 'SUPPRESS' });
  await cloud.cognitoIdp.adminSetUserPassword({ UserPoolId: UserPool.Id, Username: 'ana', Password: '#Abc1234', Permanent: true });
  return { cloud, clientId: UserPoolClient.ClientId, base: `https://${DOMAIN}.auth.${cloud.region}.amazoncognito.com` };
}

const cookieOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]!);

async function roundTrip(s: Setup, i: number): Promise<void> {
  const verifier = `bench-verifier-${i}-`.padEnd(43, 'x');
  const query = new URLSearchParams({
    client_id: s.clientId,
    response_type: 'code',
    scope: 'openid email',
    redirect_uri: CALLBACK,
    state: `s${i}`,
    code_challenge: challengeOf(verifier),
    code_challenge_method: 'S256',
  });
  const authorize = await s.cloud.fetch(`${s.base}/oauth2/authorize?${query}`, { redirect: 'manual' });
  const loginUrl = new URL(authorize.headers.get('location')!, s.base).href;
  const page = await s.cloud.fetch(loginUrl, { redirect: 'manual' });
  const cookies = cookieOf(page);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const signedIn = await s.cloud.fetch(loginUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.join('; ') },
    body: new URLSearchParams({ _csrf: csrf, username: 'ana', password: '#Abc1234' }).toString(),
  });
  const code = new URL(signedIn.headers.get('location') ?? CALLBACK).searchParams.get('code');
  if (!code) throw new Error(`no code: ${signedIn.status} ${signedIn.headers.get('location')}`);
  const token = await s.cloud.fetch(`${s.base}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: s.clientId, code, redirect_uri: CALLBACK, code_verifier: verifier }).toString(),
  });
  const tokens = (await token.json()) as { id_token?: string };
  if (!tokens.id_token) throw new Error(`no tokens: ${token.status}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function hostedUiRows(journeys = 200): Promise<BenchRow[]> {
  const s = await setup();
  const key = await importJWK({ ...(KEYS[0]!.privateJwk as JWK), alg: 'RS256' }, 'RS256');
  const claims = (i: number) => ({ sub: 'bench', iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_bench', token_use: 'id', iat: i, exp: i + 3600 });
  const sign = (i: number) => new SignJWT(claims(i)).setProtectedHeader({ kid: 'bench', alg: 'RS256' }).sign(key);
  await roundTrip(s, -1);
  await Promise.all([sign(-1), sign(-2)]);
  const rounds = Math.max(1, Math.min(20, Math.floor(journeys / 10)));
  const tripMs: number[] = [];
  const signMs: number[] = [];
  let done = 0;
  for (let round = 0; round < rounds; round++) {
    const batch = Math.floor(journeys / rounds) + (round < journeys % rounds ? 1 : 0);
    let t = performance.now();
    for (let i = done; i < done + batch; i++) await roundTrip(s, i);
    tripMs.push((performance.now() - t) / batch);
    t = performance.now();
    for (let i = done; i < done + batch; i++) await Promise.all([sign(i), sign(i + journeys)]);
    signMs.push((performance.now() - t) / batch);
    done += batch;
  }
  const ratio = median(tripMs.map((ms, i) => ms / signMs[i]!));
  return [
    { part: 'hosted UI', name: `code + PKCE round trip: authorize → login page → sign-in → token (n=${journeys})`, value: median(tripMs), unit: 'ms' },
    { part: 'hosted UI', name: 'its floor: 2 RS256 signatures, concurrent', value: median(signMs), unit: 'ms' },
    { part: 'hosted UI', name: 'round trip ÷ floor', value: ratio, unit: '×', target: '≤ 2×', verdict: ratio <= 2 ? 'PASS' : 'OVER' },
  ];
}
