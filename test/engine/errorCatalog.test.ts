/** Every error code a service answers with is one its model declares, or one of the common errors every service may give. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cognitoIdp } from '../../src/engine';
import { COMMON_ERRORS, modelErrorCodes } from '../../src/engine/kernel/errors';
import { expectAwsError, newCloud } from '../support/cloud';

const ROOT = join(import.meta.dirname, '../../src/engine');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));

describe('the error catalog', () => {
  it('lets cognito-idp throw only codes from its model or the common list', async () => {
    const catalog = new Set<string>([...modelErrorCodes((await cognitoIdp.model()) as never), ...COMMON_ERRORS]);
    const thrown = files(join(ROOT, 'userPool')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/new CloudError\('(\w+)'/g)].map((m) => m[1]!));
    expect(thrown.length).toBeGreaterThan(50);
    expect([...new Set(thrown)].filter((code) => !catalog.has(code))).toEqual([]);
  });

  it('reads the model’s error shapes', async () => {
    expect(modelErrorCodes((await cognitoIdp.model()) as never)).toEqual(
      expect.arrayContaining(['CodeMismatchException', 'NotAuthorizedException', 'LimitExceededException']),
    );
  });

  it('stamps the answering service on the error the facade rethrows', async () => {
    const cloud = await newCloud();
    const failure = cloud.cognitoIdp.describeUserPool({ UserPoolId: 'us-east-1_nope' });
    await expectAwsError(failure, 'ResourceNotFoundException', 'User pool us-east-1_nope does not exist.');
    expect(await failure.catch((e: { service?: string }) => e.service)).toBe(cognitoIdp.id);
  });
});
