/** The article's Python scripts, with the real boto3, against `npm run cloud` in ap-south-1 (the article's region). */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startCloudServer, type CloudServer } from '../../src/server/http';
import { FIXTURE_KEYS } from '../support/cloud';
import { hasBoto3, runPython } from '../support/python';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'articleJourney.py');

const running: CloudServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

describe.skipIf(!hasBoto3)('boto3 against npm run cloud', () => {
  it("runs the article's scripts unchanged but for endpoint_url, in ap-south-1 on a cloud whose default region is us-east-1", async () => {
    const server = await startCloudServer({ port: 0, keys: FIXTURE_KEYS, print: () => undefined });
    running.push(server);
    const { code, stderr, lines } = await runPython(SCRIPT, { ENDPOINT_URL: server.url, REGION: 'ap-south-1' }, (line) =>
      line['step'] === 'signUp' ? (server.cloud.outbox.latest?.code ?? '') : undefined,
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(lines[0]).toMatchObject({
      step: 'signUp',
      poolId: expect.stringMatching(/^ap-south-1_/),
      delivery: { Destination: 'a***@g***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
    });
    expect(lines[1]).toMatchObject({ step: 'getUser', username: 'abc.xyz@gmail.com', attributes: { email: 'abc.xyz@gmail.com', email_verified: 'true' } });
    expect(server.cloud.log.entries.every((e) => e.region === 'ap-south-1')).toBe(true);
  }, 60_000);
});
