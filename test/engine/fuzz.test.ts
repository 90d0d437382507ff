/**
 * Whatever a caller sends, `cloud.fetch` answers like AWS: it never rejects, every answer is JSON 1.1 with a status, every error
 * carries `__type`, `message` and `x-amzn-ErrorType`, nothing crashes into a 500, and the cloud keeps working for everyone else.
 * FUZZ_SEED=<n> replays or varies the inputs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createCloud, type Cloud } from '../../src/engine';
import model from '../../src/engine/protocol/models/cognito-idp.json';
import { articlePool, FIXTURE_KEYS, lastCodeFor, newCloud } from '../support/cloud';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20260115);
const OPERATIONS = Object.keys(model.operations);
const PREFIX = 'AWSCognitoIdentityProviderService';
const JSON_11 = 'application/x-amz-json-1.1';
const FLOWS = ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'];
const KEEPER = { username: 'keeper@example.com', password: 'Keep#1234' };
const VICTIM = { username: 'abc.xyz@gmail.com', password: '#Abc1234' };

let cloud: Cloud;
let host: string;
let keeper: { userPoolId: string; clientId: string };
let templates: Record<string, Record<string, unknown>>;

async function confirmedUser(c: Cloud, clientId: string, user: { username: string; password: string }) {
  await c.cognitoIdp.signUp({
    ClientId: clientId,
    Username: user.username,
    Password: user.password,
    UserAttributes: [{ Name: 'email', Value: user.username }],
  });
  await c.cognitoIdp.confirmSignUp({ ClientId: clientId, Username: user.username, ConfirmationCode: lastCodeFor(c, user.username) });
}

function signIn(c: Cloud, user = KEEPER) {
  return c.cognitoIdp.initiateAuth({
    ClientId: keeper.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: user.username, PASSWORD: user.password },
  });
}

beforeAll(async () => {
  cloud = await newCloud({ seed: `fuzz-${SEED}` });
  host = `cognito-idp.${cloud.region}.amazonaws.com`;
  // The keeper lives in a pool the fuzzer is never told about; the victim's pool gets every mutated request.
  keeper = await articlePool(cloud, { client: { ExplicitAuthFlows: FLOWS } });
  await confirmedUser(cloud, keeper.clientId, KEEPER);
  const victim = await articlePool(cloud, { pool: { PoolName: 'victim-pool' }, client: { ExplicitAuthFlows: FLOWS } });
  await confirmedUser(cloud, victim.clientId, VICTIM);
  const { AuthenticationResult: tokens } = await cloud.cognitoIdp.initiateAuth({
    ClientId: victim.clientId,
    AuthFlow: 'USER_PASSWORD_AUTH',
    AuthParameters: { USERNAME: VICTIM.username, PASSWORD: VICTIM.password },
  });
  const pool = { UserPoolId: victim.userPoolId };
  const app = { ClientId: victim.clientId };
  const who = { ...pool, Username: VICTIM.username };
  const email = [{ Name: 'email', Value: VICTIM.username }];
  templates = {
    SignUp: { ...app, Username: 'new.user@example.com', Password: VICTIM.password, UserAttributes: email },
    ConfirmSignUp: { ...app, Username: VICTIM.username, ConfirmationCode: '123456' },
    ResendConfirmationCode: { ...app, Username: VICTIM.username },
    InitiateAuth: { ...app, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: VICTIM.username, PASSWORD: VICTIM.password } },
    RespondToAuthChallenge: {
      ...app,
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: 'AYABe'.padEnd(40, 'x'),
      ChallengeResponses: { USERNAME: VICTIM.username, NEW_PASSWORD: 'New#1234' },
    },
    GetUser: { AccessToken: tokens?.AccessToken },
    UpdateUserAttributes: { AccessToken: tokens?.AccessToken, UserAttributes: [{ Name: 'name', Value: 'Abc' }] },
    GlobalSignOut: { AccessToken: tokens?.AccessToken },
    ChangePassword: { AccessToken: tokens?.AccessToken, PreviousPassword: VICTIM.password, ProposedPassword: 'New#1234' },
    ForgotPassword: { ...app, Username: VICTIM.username },
    ConfirmForgotPassword: { ...app, Username: VICTIM.username, ConfirmationCode: '123456', Password: 'New#1234' },
    RevokeToken: { ...app, Token: tokens?.RefreshToken },
    AdminGetUser: who,
    AdminCreateUser: { ...pool, Username: 'invited', TemporaryPassword: 'Temp#1234', UserAttributes: email, MessageAction: 'SUPPRESS' },
    AdminSetUserPassword: { ...who, Password: 'Set#12345', Permanent: true },
    AdminDisableUser: who,
    AdminUpdateUserAttributes: { ...who, UserAttributes: [{ Name: 'email_verified', Value: 'true' }] },
    AdminInitiateAuth: { ...pool, ...app, AuthFlow: 'ADMIN_USER_PASSWORD_AUTH', AuthParameters: { USERNAME: VICTIM.username, PASSWORD: VICTIM.password } },
    ListUsers: { ...pool, Limit: 10, Filter: 'email ^= "abc"' },
    CreateUserPool: { PoolName: 'fuzz', AutoVerifiedAttributes: ['email'], Policies: { PasswordPolicy: { MinimumLength: 8 } } },
    CreateUserPoolClient: { ...pool, ClientName: 'fuzz', GenerateSecret: true, ExplicitAuthFlows: FLOWS },
    UpdateUserPoolClient: { ...pool, ...app, ExplicitAuthFlows: FLOWS },
    DescribeUserPool: pool,
  };
}, 60_000);

/** Checks one answer is a well-formed AWS JSON 1.1 response, and returns what it said. */
async function expectAwsAnswer(response: unknown, what: string): Promise<void> {
  if (!(response instanceof Response)) throw new Error(`${what}: cloud.fetch resolved to ${String(response)}, not a Response`);
  const { status } = response;
  const text = await response.text();
  const context = `${what} → ${status} ${text.slice(0, 300)}`;
  expect(Number.isInteger(status) && status >= 200 && status <= 599, context).toBe(true);
  expect(response.headers.get('content-type'), context).toBe(JSON_11);
  let body: { __type?: unknown; message?: unknown };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`${context}: the body is not JSON`);
  }
  if (status >= 300) {
    expect(typeof body.__type === 'string' && body.__type.length > 0, context).toBe(true);
    expect(typeof body.message, context).toBe('string');
    expect(response.headers.get('x-amzn-errortype'), context).toBe(body.__type);
    // A 500 means a handler crashed on what the caller sent: a simulator bug, not an AWS answer.
    expect(status, context).not.toBe(500);
  }
}

async function send(target: string | undefined, body: string | Uint8Array, extra: { method?: string; url?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { 'content-type': JSON_11, ...(target ? { 'x-amz-target': target } : {}), ...extra.headers };
  const what = `${extra.method ?? 'POST'} ${extra.url ?? '/'} ${target ?? '(no target)'} ${typeof body === 'string' ? body.slice(0, 200) : `<${body.length} bytes>`}`;
  let response: unknown;
  try {
    response = await cloud.fetch(extra.url ?? `https://${host}/`, {
      method: extra.method ?? 'POST',
      headers,
      body: typeof body === 'string' ? body : Uint8Array.from(body),
    });
  } catch (error) {
    throw new Error(`${what}: cloud.fetch rejected with ${String(error)}`);
  }
  await expectAwsAnswer(response, what);
}

const huge = fc.constantFrom('x'.repeat(70_000), '\u{1F600}'.repeat(20_000), 'a'.repeat(2049));
const value = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1e308, '', [], {}, [{}], [null], { Name: 1, Value: [] }) },
  { weight: 1, arbitrary: huge },
);
const mutation = fc.record({
  key: fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('Username', 'ClientId', 'AuthFlow', 'AuthParameters', 'UserAttributes', 'AccessToken', 'UserPoolId', '__proto__', 'constructor'),
  ),
  drop: fc.boolean(),
  value,
  nested: fc.boolean(),
});

function mutate(template: Record<string, unknown>, mutations: { key: string; drop: boolean; value: unknown; nested: boolean }[]): Record<string, unknown> {
  const body = structuredClone(template) as Record<string, unknown>;
  const keys = Object.keys(body);
  for (const [i, mutation] of mutations.entries()) {
    // Values may be shared constants: copy them, or a later nested write could make the body cyclic.
    const m = { ...mutation, value: structuredClone(mutation.value) };
    const key = i % 2 === 0 && keys.length ? keys[m.key.length % keys.length]! : m.key;
    // Own members only: `body['__proto__']` is Object.prototype, and writing into it would poison every object in the process.
    const inner = Object.hasOwn(body, key) ? body[key] : undefined;
    if (m.nested && inner && typeof inner === 'object' && !Array.isArray(inner)) {
      const innerKeys = Object.keys(inner);
      const name = innerKeys[m.key.length % Math.max(1, innerKeys.length)] ?? m.key;
      if (m.drop) delete (inner as Record<string, unknown>)[name];
      else Object.defineProperty(inner, name, { value: m.value, enumerable: true, writable: true, configurable: true });
    } else if (m.drop) delete body[key];
    else Object.defineProperty(body, key, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return body;
}

describe('cloud.fetch under random and mutated requests', () => {
  it('answers mutated valid requests of the real actions like AWS', async () => {
    const names = () => Object.keys(templates);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(mutation, { minLength: 0, maxLength: 4 }),
        fc.constantFrom('json', 'json', 'json', 'truncated', 'trailing'),
        async (pick, mutations, shape) => {
          const name = names()[pick % names().length]!;
          const json = JSON.stringify(mutate(templates[name]!, mutations));
          const body = shape === 'truncated' ? json.slice(0, pick % Math.max(1, json.length)) : shape === 'trailing' ? `${json}}` : json;
          await send(`${PREFIX}.${name}`, body);
        },
      ),
      { numRuns: 1000, seed: SEED },
    );
  });

  it('answers every real action with random bodies like AWS', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...OPERATIONS),
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
          fc.dictionary(fc.constantFrom('UserPoolId', 'ClientId', 'Username', 'AccessToken', 'Limit', 'Filter'), value).map((v) => JSON.stringify(v)),
          fc.string({ unit: 'binary' }),
        ),
        async (operation, body) => send(`${PREFIX}.${operation}`, body ?? ''),
      ),
      { numRuns: 800, seed: SEED + 1 },
    );
  });

  it('answers garbage methods, URLs, headers, targets and bodies like AWS', async () => {
    const target = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(...OPERATIONS).map((op) => `${PREFIX}.${op}`),
      fc.constantFrom('AWSCognitoIdentityService.GetId', `${PREFIX}.`, PREFIX, '.', `${PREFIX}.constructor`, `${PREFIX}.__proto__`, `${PREFIX}.hasOwnProperty`),
      fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
    );
    const url = fc.oneof(
      fc.webPath().map((p) => `https://${host}${p || '/'}`),
      fc.constantFrom(
        `https://${host}/us-east-1_nope/.well-known/jwks.json`,
        `https://${host}/${'x'.repeat(5000)}`,
        'https://cognito-idp.eu-west-9.amazonaws.com/',
        'https://example.com/',
        'not a url',
        'ftp://x/',
        '',
      ),
      fc.webUrl(),
    );
    const headers = fc.dictionary(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }), fc.string({ unit: 'grapheme-ascii', maxLength: 40 }), {
      maxKeys: 4,
    });
    const body = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }),
      fc.anything().map((v) => JSON.stringify(v) ?? ''),
      huge,
    );
    await fc.assert(
      fc.asyncProperty(target, fc.constantFrom('POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'), url, headers, body, async (t, method, u, h, b) => {
        await send(t, b, { method, url: u, headers: h });
      }),
      { numRuns: 600, seed: SEED + 2 },
    );
  });

  it('answers null, empty, wrong-typed and prototype-named members of every template, one at a time, without a 500', async () => {
    // Names of Object.prototype members catch state kept in plain objects and looked up by what the caller sent.
    const odd = [null, '', [], {}, 0, true, [null], [{}], { x: null }, '__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const failures: string[] = [];
    for (const [name, template] of Object.entries(templates)) {
      for (const [key, member] of Object.entries(template)) {
        const bodies = odd.map((v) => ({ ...template, [key]: v }));
        if (member && typeof member === 'object' && !Array.isArray(member)) {
          for (const inner of Object.keys(member)) bodies.push(...[null, 1, {}].map((v) => ({ ...template, [key]: { ...member, [inner]: v } })));
        }
        if (Array.isArray(member) && member[0] && typeof member[0] === 'object') {
          for (const inner of Object.keys(member[0]))
            bodies.push(...[null, 1].map((v) => ({ ...template, [key]: [{ ...(member[0] as object), [inner]: v }] })));
        }
        for (const body of bodies) {
          await send(`${PREFIX}.${name}`, JSON.stringify(body)).catch((error: unknown) =>
            failures.push(String(error instanceof Error ? error.message : error).slice(0, 400)),
          );
        }
      }
    }
    // Every failure at once: one per odd member, so a fix can be checked against the whole list.
    expect(failures).toEqual([]);
  });

  it('still serves the confirmed user afterwards, and its snapshot restores into a working cloud', async () => {
    const { AuthenticationResult } = await signIn(cloud);
    expect(AuthenticationResult?.AccessToken).toBeDefined();
    const restored = await createCloud({ snapshot: JSON.parse(JSON.stringify(cloud.snapshot())), keys: FIXTURE_KEYS });
    expect((await signIn(restored)).AuthenticationResult?.AccessToken).toBeDefined();
  });
});
