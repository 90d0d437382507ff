/**
 * IAM's own actions under random input at the right API version: forms naming the action's real members (and their
 * list and structure items) with random values never crash into a 500; every answer is IAM-shaped XML.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iam } from '../../../src/engine';
import { asRef, type ServiceModel, type ShapeRef } from '../../../src/engine/protocol/shapes';
import { resolve } from '../../../src/engine/protocol/wire';
import { newCloud } from '../../support/cloud';
import { sendSigned } from '../../support/sign';
import { createRole, READ_BUCKET } from './support';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20260115);

/** Every form key an input shape can have, lists and structures expanded one level deep at items 1 and 2. */
function keysOf(model: ServiceModel, ref: ShapeRef, prefix: string, depth = 0): string[] {
  const shape = resolve(model, ref);
  if (depth > 3) return [prefix];
  if (shape.type === 'structure') {
    return Object.entries(shape.members ?? {}).flatMap(([name, member]) => keysOf(model, member, prefix ? `${prefix}.${name}` : name, depth + 1));
  }
  if (shape.type === 'list') return [1, 2].flatMap((i) => keysOf(model, shape.member ?? {}, `${prefix}.member.${i}`, depth + 1));
  return [prefix];
}

const values = fc.oneof(
  fc.constantFrom('app-role', 'APP-ROLE', 'read', '/', '/apps/', 'v1', 'v2', '3600', 'true', '*', 's3:GetObject', 'arn:aws:iam::123456789012:role/app-role'),
  fc.constantFrom(
    'arn:aws:iam::aws:policy/AmazonCognitoUnAuthedIdentitiesSessionPolicy',
    'arn:aws:iam::123456789012:policy/p',
    READ_BUCKET,
    '{',
    '{"Statement":[]}',
  ),
  fc.string({ maxLength: 30 }),
);

describe('IAM under random input', () => {
  it('answers every simulated action without a 500', async () => {
    const cloud = await newCloud();
    await createRole(cloud);
    await cloud.iam.createPolicy({ PolicyName: 'p', PolicyDocument: READ_BUCKET });
    const model = await iam.model();
    const actions = Object.keys(model.operations);
    const codes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...actions), fc.array(fc.tuple(fc.nat(), values), { maxLength: 8 }), async (action, picks) => {
        const op = model.operations[action]!;
        const keys = keysOf(model, asRef(op.input)!, '');
        const params = new URLSearchParams({ Action: action, Version: '2010-05-08' });
        for (const [n, v] of picks) params.set(keys[n % keys.length]!, v);
        const response = await sendSigned(cloud, 'https://iam.amazonaws.com/', params.toString(), { region: 'us-east-1' });
        const text = await response.text();
        expect(response.status, `${action} ${params} → ${text.slice(0, 300)}`).toBeLessThan(500);
        if (response.status >= 300) expect(text).toMatch(/<Code>[A-Za-z]+<\/Code>/);
        codes.add(/<Code>([A-Za-z]+)<\/Code>/.exec(text)?.[1] ?? String(response.status));
      }),
      { numRuns: 300, seed: SEED },
    );
    // The inputs reach the actions: some succeed, some are refused by the actions themselves, not only by validation.
    expect(codes).toContain('200');
    expect(codes).toContain('NoSuchEntity');
    expect(codes).toContain('ValidationError');
  });
});
