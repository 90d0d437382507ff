/**
 * Every registered service, fuzzed in its own protocol: random and mutated requests at its real host never make
 * `cloud.fetch` reject, never crash into a 500, and always get a well-formed error in that service's own shape (Query and
 * S3 XML `<Code>`, JSON `__type`). Signed requests (the administrator's pair, by smithy's signer) are mutated after signing,
 * so the front door's refusals are fuzzed too; afterwards the administrator still signs in. FUZZ_SEED=<n> varies the inputs.
 * User pools have their own, deeper fuzz (fuzz.test.ts).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cognitoIdp, createCloud, SERVICES, type AnyService, type Cloud } from '../../src/engine';
import { sendSigned } from '../support/sign';
import { credentialPool, type CredentialPool } from './identityPool/support';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20260115);
const FUZZED = SERVICES.filter((s) => s !== cognitoIdp);

let cloud: Cloud;
let pool: CredentialPool;
const actions = new Map<AnyService, string[]>();

beforeAll(async () => {
  cloud = await createCloud({ seed: `fuzz-services-${SEED}` });
  pool = await credentialPool(cloud);
  for (const service of FUZZED) actions.set(service, (await service.model()).actions ?? []);
});

const hostOf = (service: AnyService, region: string) => service.global?.host ?? `${service.endpointPrefix}.${region}.amazonaws.com`;

/** The answer is one AWS gives in this service's protocol; a 500 would be a handler that crashed on what was sent. */
async function expectAnswer(service: AnyService, response: unknown, what: string, method = 'POST'): Promise<void> {
  if (!(response instanceof Response)) throw new Error(`${what}: cloud.fetch resolved to ${String(response)}, not a Response`);
  const text = await response.text();
  const context = `${service.id}: ${what} → ${response.status} ${text.slice(0, 300)}`;
  expect(response.status >= 200 && response.status < 500, context).toBe(true);
  if (response.status < 300) return;
  if (method === 'HEAD') {
    // HTTP: an answer to HEAD has headers only, errors included (S3's HeadObject and HeadBucket).
    expect(text, context).toBe('');
    return;
  }
  if (service.protocol.id === 'json' || service.protocol.id === 'rest-json') {
    const body = JSON.parse(text) as { __type?: unknown; message?: unknown; Message?: unknown };
    expect(typeof body.__type === 'string' || typeof response.headers.get('x-amzn-errortype') === 'string', context).toBe(true);
  } else {
    expect(text, context).toMatch(/<Code>[A-Za-z.]+<\/Code>/);
    expect(text, context).toMatch(/<Message>/);
  }
}

const garbage = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
  fc.constant(''),
);

describe('every service under random requests', () => {
  it('answers random forms, paths, headers and bodies in its own protocol', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FUZZED),
        fc.nat(),
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'HEAD'),
        fc.oneof(fc.webPath(), fc.constantFrom('/', '/bucket', '/bucket/key', '/identitypools', '/?Action=GetCallerIdentity&Version=2011-06-15')),
        fc.oneof(
          garbage,
          fc
            .dictionary(fc.constantFrom('Action', 'Version', 'RoleArn', 'RoleName', 'PolicyDocument', 'Marker', 'MaxItems'), fc.string({ maxLength: 30 }))
            .map((d) => new URLSearchParams(d).toString()),
        ),
        fc.dictionary(
          fc.constantFrom('authorization', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256', 'x-amz-target', 'content-type', 'content-encoding'),
          fc.oneof(
            fc.string({ unit: 'grapheme-ascii', maxLength: 60 }),
            fc.constant('AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260115/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=00'),
          ),
        ),
        async (service, pick, method, path, body, headers) => {
          const action = actions.get(service)![pick % Math.max(1, actions.get(service)!.length)];
          const url = `https://${hostOf(service, 'eu-west-1')}${path || '/'}`;
          const what = `${method} ${url} ${JSON.stringify(headers)} ${body.slice(0, 120)} (${action})`;
          const init: RequestInit = { method, headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } };
          if (method !== 'GET' && method !== 'HEAD') init.body = body.replace(/^/, action && pick % 2 ? `Action=${action}&Version=x&` : '');
          let response: unknown;
          try {
            response = await cloud.fetch(url, init);
          } catch (error) {
            throw new Error(`${what}: cloud.fetch rejected with ${String(error)}`);
          }
          await expectAnswer(service, response, what, method);
        },
      ),
      { numRuns: 400, seed: SEED },
    );
  });

  it('answers requests signed by the administrator and then mutated', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FUZZED),
        fc.nat(),
        garbage,
        fc.integer({ min: -20, max: 20 }),
        fc.boolean(),
        async (service, pick, body, minutes, tamper) => {
          const action = actions.get(service)![pick % Math.max(1, actions.get(service)!.length)] ?? 'Unknown';
          const url = `https://${hostOf(service, 'ap-south-1')}/`;
          const form = `Action=${action}&Version=2011-06-15&${encodeURIComponent(body)}`;
          const what = `signed ${action} at ${minutes} min ${tamper ? 'tampered' : ''}`;
          const response = await sendSigned(cloud, url, form, {
            region: service.global?.signingRegion ?? 'ap-south-1',
            service: service.signingName,
            at: cloud.clock.now() + minutes * 60_000,
            ...(tamper ? { headers: { 'x-amz-meta-extra': 'signed' }, drop: ['x-amz-meta-extra'] } : {}),
          }).catch((error: unknown) => {
            throw new Error(`${what}: cloud.fetch rejected with ${String(error)}`);
          });
          await expectAnswer(service, response, what);
        },
      ),
      { numRuns: 200, seed: SEED + 1 },
    );
  });

  it('still lets an existing user sign in and fetch credentials afterwards', async () => {
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId, Logins: pool.logins });
    const { Credentials } = await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId, Logins: pool.logins });
    expect(Credentials?.AccessKeyId).toMatch(/^ASIA/);
  });

  it('still answers the administrator afterwards', async () => {
    const pools = await cloud.cognitoIdp.listUserPools({ MaxResults: 10 });
    expect(pools.UserPools).toBeDefined();
    for (const service of FUZZED.filter((s) => s.protocol.id === 'query' && actions.get(s)?.includes('GetCallerIdentity'))) {
      const response = await sendSigned(cloud, `https://${hostOf(service, 'us-east-1')}/`, 'Action=GetCallerIdentity&Version=2011-06-15', {
        region: 'us-east-1',
      });
      expect(response.status).toBe(200);
    }
  });
});
