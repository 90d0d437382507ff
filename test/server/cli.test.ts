/** The real AWS CLI against `npm run cloud`: every region at once, at one address. */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { startCloudServer, type CloudServer } from '../../src/server/http';
import { ADMIN_ACCESS_KEY_ID, ADMIN_SECRET_ACCESS_KEY, s3 } from '../../src/engine';
import { FIXTURE_KEYS } from '../support/cloud';
import { credentialPool, type IdentityCredentials } from '../engine/identityPool/support';
import { perIdentityS3Policy } from '../../src/engine';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = promisify(execFile);
const hasCli = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasCli) {
  if (process.env['CI']) throw new Error("the AWS CLI is required in CI (.ci/run installs Debian's awscli)");
  console.warn('\n*** The AWS CLI (aws) is not installed: the CLI compatibility test is SKIPPED. ***\n');
}

const running: CloudServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

describe.skipIf(!hasCli)('the AWS CLI against npm run cloud', () => {
  it('creates a pool in ap-south-1 and finds it there, not in us-east-1', async () => {
    const server = await startCloudServer({ port: 0, keys: FIXTURE_KEYS, print: () => undefined });
    running.push(server);
    const env = {
      ...process.env,
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    };
    const aws = async (region: string, ...args: string[]) =>
      JSON.parse((await run('aws', ['cognito-idp', ...args, '--endpoint-url', server.url, '--region', region, '--output', 'json'], { env })).stdout) as Record<
        string,
        unknown
      >;
    const made = (await aws('ap-south-1', 'create-user-pool', '--pool-name', 'article-pool')) as { UserPool: { Id: string } };
    expect(made.UserPool.Id).toMatch(/^ap-south-1_/);
    expect(((await aws('ap-south-1', 'list-user-pools', '--max-results', '10')) as { UserPools: unknown[] }).UserPools).toHaveLength(1);
    expect(((await aws('us-east-1', 'list-user-pools', '--max-results', '10')) as { UserPools: unknown[] }).UserPools).toHaveLength(0);
    const failure = await run(
      'aws',
      ['cognito-idp', 'describe-user-pool', '--user-pool-id', made.UserPool.Id, '--endpoint-url', server.url, '--region', 'us-east-1'],
      { env },
    ).catch((e: { stderr: string }) => e);
    expect((failure as { stderr: string }).stderr).toContain(
      `An error occurred (ResourceNotFoundException) when calling the DescribeUserPool operation: User pool ${made.UserPool.Id} does not exist.`,
    );
  }, 60_000);

  it('gets the caller identity with the administrator pair, verified, and refuses its wrong secret', async () => {
    const lines: string[] = [];
    const server = await startCloudServer({ port: 0, keys: FIXTURE_KEYS, print: (line) => lines.push(line) });
    running.push(server);
    const env = (secret: string, key = ADMIN_ACCESS_KEY_ID) => ({
      ...process.env,
      AWS_ACCESS_KEY_ID: key,
      AWS_SECRET_ACCESS_KEY: secret,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    });
    const args = ['sts', 'get-caller-identity', '--endpoint-url', server.url, '--region', 'ap-south-1', '--output', 'json'];
    const who = JSON.parse((await run('aws', args, { env: env(ADMIN_SECRET_ACCESS_KEY) })).stdout) as Record<string, string>;
    expect(who).toEqual({ UserId: '123456789012', Account: '123456789012', Arn: 'arn:aws:iam::123456789012:root' });
    const failure = await run('aws', args, { env: env('wrong') }).catch((e: { stderr: string }) => e);
    expect((failure as { stderr: string }).stderr).toContain(
      'An error occurred (SignatureDoesNotMatch) when calling the GetCallerIdentity operation: The request signature we calculated does not match the signature you provided.',
    );
    expect(lines.filter((line) => line.includes('note: access key'))).toEqual([]);
    await run('aws', args, { env: env('test', 'test') });
    await run('aws', args, { env: env('test', 'test') });
    expect(lines.filter((line) => line.includes('note: access key test is not one this cloud issued'))).toHaveLength(1);
  }, 60_000);

  it("uses an identity's credentials: get-caller-identity names the role session, s3 cp writes its own prefix and not another's", async () => {
    const server = await startCloudServer({ port: 0, keys: FIXTURE_KEYS, print: () => undefined });
    running.push(server);
    const cloud = server.cloud;
    const pool = await credentialPool(cloud, { auth: perIdentityS3Policy('cli-notes') });
    await cloud.s3.createBucket({ Bucket: 'cli-notes' });
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.identityPoolId, Logins: pool.logins });
    const credentials = (await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId, Logins: pool.logins })).Credentials as IdentityCredentials;
    const env = {
      ...process.env,
      AWS_ACCESS_KEY_ID: credentials.AccessKeyId,
      AWS_SECRET_ACCESS_KEY: credentials.SecretKey,
      AWS_SESSION_TOKEN: credentials.SessionToken,
      AWS_EC2_METADATA_DISABLED: 'true',
      AWS_CONFIG_FILE: '/dev/null',
      AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
    };
    const aws = (...args: string[]) => run('aws', [...args, '--endpoint-url', server.url, '--region', 'us-east-1'], { env });
    const who = JSON.parse((await aws('sts', 'get-caller-identity', '--output', 'json')).stdout) as Record<string, string>;
    expect(who['Arn']).toBe(`arn:aws:sts::${cloud.accountId}:assumed-role/Auth/CognitoIdentityCredentials`);
    const file = join(mkdtempSync(join(tmpdir(), 'cli-')), 'note.txt');
    writeFileSync(file, 'written by the CLI');
    await aws('s3', 'cp', file, `s3://cli-notes/${IdentityId}/note.txt`);
    expect(Buffer.from(cloud.records(s3).buckets['cli-notes']!.objects[`${IdentityId}/note.txt`]!.body, 'base64').toString()).toBe('written by the CLI');
    const refused = await aws('s3', 'cp', file, 's3://cli-notes/someone-else/note.txt').catch((e: { stderr: string }) => e);
    expect((refused as { stderr: string }).stderr).toContain('An error occurred (AccessDenied) when calling the PutObject operation');
  }, 60_000);
});
