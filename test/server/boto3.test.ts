/** The article's Python scripts, with the real boto3, against `npm run cloud` in ap-south-1 (the article's region). */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startCloudServer, type CloudServer } from '../../src/server/http';
import { FIXTURE_KEYS } from '../support/cloud';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'articleJourney.py');
const hasBoto3 = spawnSync('python3', ['-c', 'import boto3'], { stdio: 'ignore' }).status === 0;
if (!hasBoto3) {
  if (process.env['CI']) throw new Error('boto3 is required in CI (python3 -c "import boto3" failed)');
  console.warn('\n*** boto3 is not installed for python3: the boto3 compatibility test is SKIPPED. ***\n');
}

const running: CloudServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

describe.skipIf(!hasBoto3)('boto3 against npm run cloud', () => {
  it("runs the article's scripts unchanged but for endpoint_url, in ap-south-1 on a cloud whose default region is us-east-1", async () => {
    const server = await startCloudServer({ port: 0, keys: FIXTURE_KEYS, print: () => undefined });
    running.push(server);
    const child = spawn('python3', [SCRIPT], { env: { ...process.env, ENDPOINT_URL: server.url, REGION: 'ap-south-1', AWS_EC2_METADATA_DISABLED: 'true' } });
    const lines: Record<string, unknown>[] = [];
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let buffered = '';
    child.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
        const line = JSON.parse(buffered.slice(0, nl)) as Record<string, unknown>;
        buffered = buffered.slice(nl + 1);
        lines.push(line);
        if (line['step'] === 'signUp') child.stdin.write(`${server.cloud.outbox.latest?.code ?? ''}\n`);
      }
    });
    const code = await new Promise<number | null>((done) => child.on('close', done));
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
