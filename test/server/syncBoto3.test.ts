/** Cognito Sync with the real boto3 (botocore's REST-JSON client and signer) against `npm run cloud`. */
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startCloudServer, type CloudServer } from '../../src/server/http';
import { FIXTURE_KEYS } from '../support/cloud';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'syncJourney.py');
const hasBoto3 = spawnSync('python3', ['-c', 'import boto3'], { stdio: 'ignore' }).status === 0;
if (!hasBoto3) {
  if (process.env['CI']) throw new Error('boto3 is required in CI (python3 -c "import boto3" failed)');
  console.warn('\n*** boto3 is not installed for python3: the Cognito Sync boto3 test is SKIPPED. ***\n');
}

const running: CloudServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

describe.skipIf(!hasBoto3)('boto3 and Cognito Sync against npm run cloud', () => {
  it('syncs a record, is refused a stale SyncCount with a 409, and lists the dataset', async () => {
    const server = await startCloudServer({ port: 0, keys: FIXTURE_KEYS, print: () => undefined });
    running.push(server);
    const child = spawn('python3', [SCRIPT], { env: { ...process.env, ENDPOINT_URL: server.url, AWS_EC2_METADATA_DISABLED: 'true' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      { step: 'update', exists: false, records: [['theme', 'dark', 1]] },
      { step: 'conflict', error: { Code: 'ResourceConflictException', Message: 'Current SyncCount for: theme is: 1 not: 0' }, status: 409 },
      { step: 'datasets', names: ['settings'], records: [1] },
    ]);
  }, 60_000);
});
