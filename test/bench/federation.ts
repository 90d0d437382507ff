/**
 * Part: federated sign-in through the hosted UI, the whole round trip as a browser and an app make it, in process
 * through `cloud.fetch`: GET /oauth2/authorize?identity_provider=Google (302 to Google), Google's authorize (302 to its
 * sign-in page), the sign-in page, the sign-in POST (302 to consent), the consent URL (its page and POST the first time,
 * then straight back once Jane has consented), GET /oauth2/idpresponse (Cognito exchanges Google's code, fetches Google's JWKS,
 * verifies the ID token, reads the People API; 302 to the callback), POST /oauth2/token (Cognito's tokens). Each round
 * trip is a new browser, so a new sign-in at Google and at the hosted UI.
 *
 * Its crypto floor is the RSA the journey cannot skip, with the same keys, in the same order: Google signs its ID token
 * (1 RS256 signature, Google's key), Cognito verifies it (1 RS256 verification, Google's public key), then Cognito signs
 * its ID and access tokens (2 RS256 signatures, the pool's key, concurrent as the pool makes them). Target ≤ 2× the floor.
 */
import { readFileSync } from 'node:fs';
import { compactVerify, importJWK, SignJWT, type JWK } from 'jose';
import { createCloud, GOOGLE_CLIENT, GOOGLE_JWKS, GOOGLE_USERS, type Cloud, type SigningKeyInput } from '../../src/engine';
import type { BenchRow } from './table';

const KEYS = JSON.parse(readFileSync(new URL('../fixtures/signingKeys.json', import.meta.url), 'utf8')) as SigningKeyInput[];
const CALLBACK = 'http://localhost';
const DOMAIN = 'bench-federation';
const JANE = GOOGLE_USERS[0]!;

interface Setup {
  cloud: Cloud;
  userPoolId: string;
  clientId: string;
  base: string;
}

export async function setup(): Promise<Setup> {
  const cloud = await createCloud({ keys: KEYS, seed: 'bench-federation' });
  const { UserPool } = await cloud.cognitoIdp.createUserPool({ PoolName: 'bench' });
  await cloud.cognitoIdp.createIdentityProvider({
    UserPoolId: UserPool.Id,
    ProviderName: 'Google',
    ProviderType: 'Google',
    ProviderDetails: { client_id: GOOGLE_CLIENT.clientId, client_secret: GOOGLE_CLIENT.clientSecret, authorize_scopes: 'openid email profile' },
    AttributeMapping: { email: 'email', name: 'name', username: 'sub' },
  });
  const { UserPoolClient } = await cloud.cognitoIdp.createUserPoolClient({
    UserPoolId: UserPool.Id,
    ClientName: 'bench',
    AllowedOAuthFlowsUserPoolClient: true,
    AllowedOAuthFlows: ['code'],
    AllowedOAuthScopes: ['openid', 'email'],
    CallbackURLs: [CALLBACK],
    SupportedIdentityProviders: ['Google'],
  });
  await cloud.cognitoIdp.createUserPoolDomain({ Domain: DOMAIN, UserPoolId: UserPool.Id });
  return { cloud, userPoolId: UserPool.Id, clientId: UserPoolClient.ClientId, base: `https://${DOMAIN}.auth.${cloud.region}.amazoncognito.com` };
}

/** A browser's cookies by host, and its requests (no redirect followed). */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  constructor(private readonly cloud: Cloud) {}

  async go(url: string, form?: Record<string, string>): Promise<{ url: string; status: number; location: string; body: string }> {
    const host = new URL(url).host;
    const cookies = this.jar.get(host) ?? new Map<string, string>();
    const headers: Record<string, string> = {};
    if (cookies.size) headers['cookie'] = [...cookies].map(([n, v]) => `${n}=${v}`).join('; ');
    if (form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await this.cloud.fetch(url, {
      method: form ? 'POST' : 'GET',
      headers,
      redirect: 'manual',
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
    for (const set of response.headers.getSetCookie()) {
      const pair = set.split(';')[0]!;
      const eq = pair.indexOf('=');
      cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    this.jar.set(host, cookies);
    const location = response.headers.get('location') ?? '';
    return { url, status: response.status, location: location ? new URL(location, url).href : '', body: await response.text() };
  }
}

const unescape = (text: string) => text.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));

/** The page's first form: its action (absolute) and hidden fields. */
function firstForm(page: { url: string; body: string }): { action: string; fields: Record<string, string> } {
  const form = /<form method="post" action="([^"]*)">([\s\S]*?)<\/form>/.exec(page.body);
  if (!form) throw new Error(`no form at ${page.url}`);
  const fields: Record<string, string> = {};
  for (const input of form[2]!.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) fields[unescape(input[1]!)] = unescape(input[2]!);
  return { action: new URL(unescape(form[1]!), page.url).href, fields };
}

export async function roundTrip(s: Setup, i: number): Promise<void> {
  const browser = new Browser(s.cloud);
  const query = new URLSearchParams({
    client_id: s.clientId,
    response_type: 'code',
    scope: 'openid email',
    redirect_uri: CALLBACK,
    state: `s${i}`,
    identity_provider: 'Google',
  });
  const toGoogle = await browser.go(`${s.base}/oauth2/authorize?${query}`);
  const toSignIn = await browser.go(toGoogle.location);
  const signInPage = await browser.go(toSignIn.location);
  const signIn = firstForm(signInPage);
  let next = await browser.go(signIn.action, { ...signIn.fields, email: JANE.email, password: JANE.password });
  // Google asks consent the first time; once Jane has given it, its consent URL sends the browser straight back.
  const consentPage = await browser.go(next.location);
  if (consentPage.status === 302) next = consentPage;
  else {
    const consent = firstForm(consentPage);
    next = await browser.go(consent.action, consent.fields);
  }
  const callback = await browser.go(next.location);
  const code = callback.location.startsWith(`${CALLBACK}`) ? new URL(callback.location).searchParams.get('code') : null;
  if (!code) throw new Error(`no code: ${callback.status} ${callback.location}`);
  const token = await s.cloud.fetch(`${s.base}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: s.clientId, code, redirect_uri: CALLBACK }).toString(),
  });
  const tokens = (await token.json()) as { id_token?: string };
  if (!tokens.id_token) throw new Error(`no tokens: ${token.status}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The floor's keys: the very keys the journey used, found by modulus in the pool's and Google's JWKS (fetched after a journey). */
async function floorKeys(s: Setup, userPoolId: string) {
  const modulusAt = async (url: string) => ((await (await s.cloud.fetch(url)).json()) as { keys: { n: string }[] }).keys[0]!.n;
  const input = (n: string) => {
    const found = KEYS.find((k) => (k.privateJwk as JWK).n === n);
    if (!found) throw new Error('a key the journey used is not among the fixture keys');
    return found.privateJwk as JWK;
  };
  const pool = input(await modulusAt(`https://cognito-idp.${s.cloud.region}.amazonaws.com/${userPoolId}/.well-known/jwks.json`));
  const google = input(await modulusAt(GOOGLE_JWKS));
  return {
    pool: await importJWK({ ...pool, alg: 'RS256' }, 'RS256'),
    google: await importJWK({ ...google, alg: 'RS256' }, 'RS256'),
    googlePublic: await importJWK({ kty: google.kty, n: google.n, e: google.e, alg: 'RS256' }, 'RS256'),
  };
}

export async function federationRows(journeys = 200): Promise<BenchRow[]> {
  const s = await setup();
  await roundTrip(s, -1);
  const keys = await floorKeys(s, s.userPoolId);
  const claims = (i: number) => ({ sub: 'bench', iss: 'https://accounts.google.com', aud: 'bench', iat: i, exp: i + 3600 });
  const sign = (key: typeof keys.pool, i: number) => new SignJWT(claims(i)).setProtectedHeader({ kid: 'bench', alg: 'RS256' }).sign(key);
  const floor = async (i: number) => {
    const googleToken = await sign(keys.google, i);
    await compactVerify(googleToken, keys.googlePublic);
    await Promise.all([sign(keys.pool, i), sign(keys.pool, i + journeys)]);
  };
  await floor(-1);
  const rounds = Math.max(1, Math.min(20, Math.floor(journeys / 10)));
  const tripMs: number[] = [];
  const floorMs: number[] = [];
  // CPU time too (every thread of the process: WebCrypto signs on a worker thread), steadier than wall time on a busy machine.
  const tripCpu: number[] = [];
  const floorCpu: number[] = [];
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  let done = 0;
  for (let round = 0; round < rounds; round++) {
    const batch = Math.floor(journeys / rounds) + (round < journeys % rounds ? 1 : 0);
    let t = performance.now();
    let c = process.cpuUsage();
    for (let i = done; i < done + batch; i++) await roundTrip(s, i);
    tripMs.push((performance.now() - t) / batch);
    tripCpu.push(cpuMs(c) / batch);
    t = performance.now();
    c = process.cpuUsage();
    for (let i = done; i < done + batch; i++) await floor(i);
    floorMs.push((performance.now() - t) / batch);
    floorCpu.push(cpuMs(c) / batch);
    done += batch;
  }
  const ratio = median(tripMs.map((ms, i) => ms / floorMs[i]!));
  return [
    {
      part: 'federation',
      name: `federated sign-in through the hosted UI: authorize → Google sign-in and consent → idpresponse → token (n=${journeys})`,
      value: median(tripMs),
      unit: 'ms',
    },
    { part: 'federation', name: 'its floor: Google signs, Cognito verifies, then 2 RS256 signatures concurrent', value: median(floorMs), unit: 'ms' },
    { part: 'federation', name: 'round trip ÷ floor', value: ratio, unit: '×', target: '≤ 2×', verdict: ratio <= 2 ? 'PASS' : 'OVER' },
    { part: 'federation', name: 'the same in CPU time (all threads): round trip ÷ floor', value: median(tripCpu.map((ms, i) => ms / floorCpu[i]!)), unit: '×' },
  ];
}
