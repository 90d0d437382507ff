/**
 * The README's identity-pool journey with the real boto3 against `npm run cloud`: signed in, the ID token traded for AWS
 * credentials, S3 used under the identity's own prefix, and another prefix refused by the role's policy.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startCloudServer, type CloudServer } from '../../src/server/http';
import { FIXTURE_KEYS } from '../support/cloud';
import { hasBoto3, runPython } from '../support/python';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'identityJourney.py');

const running: CloudServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

describe.skipIf(!hasBoto3)('the identity-pool journey with boto3 against npm run cloud', () => {
  it('gets credentials for a signed-in identity and uses only its own S3 prefix with them', async () => {
    const server = await startCloudServer({ port: 0, keys: FIXTURE_KEYS, print: () => undefined });
    running.push(server);
    const { code, stderr, lines } = await runPython(SCRIPT, { ENDPOINT_URL: server.url, REGION: 'eu-west-1' });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const [setup, credentials, own, other] = lines;
    expect(setup).toMatchObject({ step: 'setup', role: `arn:aws:iam::${server.cloud.accountId}:role/JourneyAuthenticated` });
    expect(credentials).toMatchObject({
      step: 'credentials',
      identityId: expect.stringMatching(/^eu-west-1:[0-9a-f-]{36}$/),
      accessKeyId: expect.stringMatching(/^ASIA[A-Z2-7]{16}$/),
    });
    expect(own).toEqual({ step: 'ownPrefix', body: 'hello from my own prefix' });
    expect(other).toEqual({
      step: 'otherPrefix',
      refused: true,
      code: 'AccessDenied',
      message: `User: arn:aws:sts::${server.cloud.accountId}:assumed-role/JourneyAuthenticated/CognitoIdentityCredentials is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::journey-notes/someone-else/note.txt" because no identity-based policy allows the s3:PutObject action`,
    });
  }, 60_000);
});
