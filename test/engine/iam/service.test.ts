import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCloud, iam } from '../../../src/engine';
import { COMMON_ERRORS, modelErrorCodes } from '../../../src/engine/kernel/errors';
import { newCloud } from '../../support/cloud';
import { createRole, READ_BUCKET } from './support';

const ROOT = join(import.meta.dirname, '../../../src/engine/iam');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));

describe('the IAM service', () => {
  it('throws only codes from its model or the common list', async () => {
    const catalog = new Set<string>([...modelErrorCodes((await iam.model()) as never), ...COMMON_ERRORS]);
    const thrown = files(ROOT).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/new CloudError\('(\w+)'/g)].map((m) => m[1]!));
    expect(thrown.length).toBeGreaterThan(5);
    expect([...new Set(thrown)].filter((code) => !catalog.has(code))).toEqual([]);
  });

  it('keeps one state for the account, whatever region a caller names, and restores it from a snapshot', async () => {
    const cloud = await newCloud({ region: 'eu-west-1' });
    await createRole(cloud);
    await cloud.iam.putRolePolicy({ RoleName: 'app-role', PolicyName: 'read', PolicyDocument: READ_BUCKET });
    expect(cloud.records(iam, 'ap-south-1')).toBe(cloud.records(iam));
    expect(cloud.log.entries.at(-1)).toMatchObject({ service: iam.id, region: 'us-east-1', action: 'PutRolePolicy' });
    const restored = await createCloud({ snapshot: cloud.snapshot() });
    expect(decodeURIComponent((await restored.iam.getRolePolicy({ RoleName: 'app-role', PolicyName: 'read' })).PolicyDocument)).toBe(READ_BUCKET);
    expect(restored.records(iam)).toEqual(cloud.records(iam));
  });
});
