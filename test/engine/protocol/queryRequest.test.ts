import { CreateRoleCommand, IAMClient, SimulateCustomPolicyCommand } from '@aws-sdk/client-iam';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { query, queryBody } from '../../../src/engine/protocol/query';
import type { ServiceModel } from '../../../src/engine/protocol/shapes';
import { bodyText } from '../../../src/engine/protocol/wire';
import { CREDENTIALS, protocolHandler } from './harness';

const iam = JSON.parse(readFileSync(new URL('../../../src/engine/protocol/models/iam.json', import.meta.url), 'utf8')) as ServiceModel;
const url = new URL('https://iam.amazonaws.com/');

const pairs = (body: string) => [...new URLSearchParams(body)].sort(([a], [b]) => a.localeCompare(b));

/** What the real IAM client posts for a command, as sorted form pairs. */
async function sdkBody(command: CreateRoleCommand | SimulateCustomPolicyCommand): Promise<string> {
  const { handler, seen } = protocolHandler(query, iam, () => ({ output: {} }));
  const client = new IAMClient({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler: handler, maxAttempts: 1 });
  await client.send(command as never).catch(() => undefined);
  return bodyText(seen[0]!.request.body);
}

const ROLE = {
  RoleName: 'app-role',
  Path: '/apps/',
  AssumeRolePolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}',
  MaxSessionDuration: 7200,
  Tags: [
    { Key: 'team', Value: 'a b+c' },
    { Key: 'env', Value: "prod!'()*" },
  ],
};

const SIMULATION = {
  PolicyInputList: ['{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}'],
  ActionNames: ['s3:GetObject', 's3:PutObject'],
  ResourceArns: ['arn:aws:s3:::bucket/key'],
  ContextEntries: [{ ContextKeyName: 'aws:SourceIp', ContextKeyType: 'ip' as const, ContextKeyValues: ['10.0.0.1', '10.0.0.2'] }],
  MaxItems: 10,
};

describe('AWS Query requests (the facade’s and ctx.call’s way in)', () => {
  it('starts with Action and the model’s Version, and escapes as RFC 3986', () => {
    const body = queryBody(iam, 'CreateRole', ROLE);
    expect(body.startsWith('Action=CreateRole&Version=2010-05-08&')).toBe(true);
    expect(body).toContain('Tags.member.2.Value=prod%21%27%28%29%2A');
    expect(body).toContain('Tags.member.1.Value=a%20b%2Bc');
  });

  it('flattens a structure list (Tags.member.N.Key) as the real IAM client does', async () => {
    expect(pairs(queryBody(iam, 'CreateRole', ROLE))).toEqual(pairs(await sdkBody(new CreateRoleCommand(ROLE))));
  });

  it('flattens string lists, nested lists and integers as the real IAM client does', async () => {
    expect(pairs(queryBody(iam, 'SimulateCustomPolicy', SIMULATION))).toEqual(pairs(await sdkBody(new SimulateCustomPolicyCommand(SIMULATION))));
  });

  it('is read back by the parser as the same input', () => {
    const request = query.request!(iam, 'CreateRole', ROLE, url);
    expect(request).toMatchObject({ method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' } });
    expect(query.operationOf(request, iam)).toBe('CreateRole');
    expect(query.parse(request, iam, 'CreateRole')).toEqual(ROLE);
    const simulation = query.request!(iam, 'SimulateCustomPolicy', SIMULATION, url);
    expect(query.parse(simulation, iam, 'SimulateCustomPolicy')).toEqual(SIMULATION);
  });

  it('writes maps as X.entry.N.key/value, booleans, timestamps, an empty list as the bare name, and skips undefined members', () => {
    const model: ServiceModel = {
      metadata: { apiVersion: '2010-05-08' },
      operations: { Tag: { name: 'Tag', input: { shape: 'TagRequest' } } },
      shapes: {
        TagRequest: {
          type: 'structure',
          members: {
            Tags: { shape: 'TagMap' },
            Names: { shape: 'Flat' },
            Empty: { shape: 'List' },
            On: { shape: 'B' },
            At: { shape: 'T' },
            Nested: { shape: 'Inner' },
            Missing: { shape: 'S' },
          },
        },
        Inner: { type: 'structure', members: { Name: { shape: 'S', locationName: 'name' } } },
        TagMap: { type: 'map', key: { shape: 'S' }, value: { shape: 'S' } },
        Flat: { type: 'list', member: { shape: 'S' }, flattened: true },
        List: { type: 'list', member: { shape: 'S' } },
        S: { type: 'string' },
        B: { type: 'boolean' },
        T: { type: 'timestamp' },
      },
    };
    const input = { Tags: { team: 'a', env: 'prod' }, Names: ['x', 'y'], Empty: [], On: false, At: new Date('2026-01-15T09:00:00Z'), Nested: { Name: 'n' } };
    const body = queryBody(model, 'Tag', { ...input, Missing: undefined });
    expect(body).toBe(
      'Action=Tag&Version=2010-05-08&Tags.entry.1.key=team&Tags.entry.1.value=a&Tags.entry.2.key=env&Tags.entry.2.value=prod&Names.1=x&Names.2=y&Empty=&On=false&At=2026-01-15T09%3A00%3A00Z&Nested.name=n',
    );
    const back = query.parse({ method: 'POST', url, headers: {}, body }, model, 'Tag');
    expect(back).toEqual(input);
  });
});
