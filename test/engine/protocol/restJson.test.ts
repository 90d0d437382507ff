import { CognitoSyncClient, ListRecordsCommand, UpdateRecordsCommand } from '@aws-sdk/client-cognito-sync';
import { describe, expect, it } from 'vitest';
import { restJson } from '../../../src/engine/protocol/restJson';
import { CREDENTIALS, META, loadModel, protocolHandler, rejection } from './harness';

const model = loadModel('cognito-sync');
const POOL = 'us-east-1:4c8a2b6e-0000-4000-8000-000000000001';
const IDENTITY = 'us-east-1:9d1e7f3a-0000-4000-8000-000000000002';

function sync(answer: Parameters<typeof protocolHandler>[2]) {
  const { handler, seen } = protocolHandler(restJson, model, answer);
  return { client: new CognitoSyncClient({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler: handler, maxAttempts: 1 }), seen };
}

describe('REST-JSON with the real Cognito Sync client', () => {
  it('reads ListRecords labels (with their colons) and query members, and writes epoch-second timestamps', async () => {
    const modified = new Date('2024-01-15T09:00:00Z');
    const { client, seen } = sync(() => ({
      output: {
        Records: [{ Key: 'theme', Value: 'dark', SyncCount: 2, LastModifiedDate: modified, LastModifiedBy: '123456789012' }],
        Count: 1,
        DatasetSyncCount: 2,
        SyncSessionToken: 'tok',
      },
    }));
    const out = await client.send(
      new ListRecordsCommand({ IdentityPoolId: POOL, IdentityId: IDENTITY, DatasetName: 'settings', LastSyncCount: 1, MaxResults: 10 }),
    );
    expect(seen[0]?.operation).toBe('ListRecords');
    expect(seen[0]?.request.url.pathname).toBe(
      `/identitypools/${encodeURIComponent(POOL)}/identities/${encodeURIComponent(IDENTITY)}/datasets/settings/records`,
    );
    expect(seen[0]?.input).toEqual({ IdentityPoolId: POOL, IdentityId: IDENTITY, DatasetName: 'settings', LastSyncCount: 1, MaxResults: 10 });
    expect(out.Records).toEqual([{ Key: 'theme', Value: 'dark', SyncCount: 2, LastModifiedDate: modified, LastModifiedBy: '123456789012' }]);
    expect(out).toMatchObject({ Count: 1, DatasetSyncCount: 2, SyncSessionToken: 'tok' });
  });

  it('reads UpdateRecords: a header member and a JSON body with timestamps', async () => {
    const when = new Date('2024-01-15T09:30:00Z');
    const { client, seen } = sync(() => ({ output: { Records: [{ Key: 'theme', Value: 'light', SyncCount: 3 }] } }));
    const input = {
      IdentityPoolId: POOL,
      IdentityId: IDENTITY,
      DatasetName: 'settings',
      DeviceId: 'device-1',
      RecordPatches: [{ Op: 'replace' as const, Key: 'theme', Value: 'light', SyncCount: 2, DeviceLastModifiedDate: when }],
      SyncSessionToken: 'tok',
      ClientContext: 'eyJjbGllbnQiOnt9fQ==',
    };
    const out = await client.send(new UpdateRecordsCommand(input));
    expect(seen[0]?.operation).toBe('UpdateRecords');
    expect(seen[0]?.input).toEqual(input);
    expect(out.Records).toEqual([{ Key: 'theme', Value: 'light', SyncCount: 3 }]);
  });

  it('answers an error with x-amzn-ErrorType and {"message"}, which the SDK names', async () => {
    const { client } = sync(() => ({ error: { code: 'ResourceNotFoundException', message: 'Dataset settings not found.', status: 404 } }));
    const command = new UpdateRecordsCommand({ IdentityPoolId: POOL, IdentityId: IDENTITY, DatasetName: 'settings', SyncSessionToken: 't' });
    expect(await rejection(client.send(command))).toEqual({ name: 'ResourceNotFoundException', message: 'Dataset settings not found.', status: 404 });
    const error = restJson.serializeError({ code: 'ResourceNotFoundException', message: 'm', status: 404 }, META, model);
    expect(error.headers['x-amzn-errortype']).toBe('ResourceNotFoundException');
    expect(error.body).toBe('{"message":"m"}');
  });

  it('rejects a body of the wrong JSON type with SerializationException', () => {
    const url = new URL(`https://cognito-sync.us-east-1.amazonaws.com/identitypools/p/identities/i/datasets/d`);
    const request = { method: 'POST', url, headers: {}, body: new TextEncoder().encode('{"RecordPatches":"nope","SyncSessionToken":"t"}') };
    expect(restJson.operationOf(request, model)).toBe('UpdateRecords');
    expect(() => restJson.parse(request, model, 'UpdateRecords')).toThrow(
      expect.objectContaining({ code: 'SerializationException', message: 'Unexpected value where a list was expected.' }),
    );
  });
});

describe('REST-JSON requests from inside the cloud (the facade and ctx.call)', () => {
  const base = new URL('https://cognito-sync.us-east-1.amazonaws.com/');

  it('writes labels, query members and no body for an operation without body members, and reads back the same input', () => {
    const input = { IdentityPoolId: POOL, IdentityId: IDENTITY, DatasetName: 'settings', LastSyncCount: 2, MaxResults: 5 };
    const request = restJson.request!(model, 'ListRecords', input, base);
    expect(request.method).toBe('GET');
    expect(request.url.pathname).toBe(`/identitypools/${encodeURIComponent(POOL)}/identities/${encodeURIComponent(IDENTITY)}/datasets/settings/records`);
    expect(request.url.search).toBe('?lastSyncCount=2&maxResults=5');
    expect(request.body).toBe('');
    expect(restJson.operationOf(request, model)).toBe('ListRecords');
    expect(restJson.parse(request, model, 'ListRecords')).toEqual(input);
  });

  it('writes a JSON body with epoch-second timestamps and a header member', () => {
    const when = new Date('2024-01-15T09:30:00Z');
    const input = {
      IdentityPoolId: POOL,
      IdentityId: IDENTITY,
      DatasetName: 'settings',
      SyncSessionToken: 'tok',
      ClientContext: 'ctx',
      RecordPatches: [{ Op: 'replace', Key: 'theme', Value: 'light', SyncCount: 2, DeviceLastModifiedDate: when }],
    };
    const request = restJson.request!(model, 'UpdateRecords', input, base);
    expect(request.method).toBe('POST');
    expect(request.headers).toEqual({ 'content-type': 'application/json', 'x-amz-client-context': 'ctx' });
    expect(JSON.parse(request.body as string)).toEqual({
      SyncSessionToken: 'tok',
      RecordPatches: [{ Op: 'replace', Key: 'theme', Value: 'light', SyncCount: 2, DeviceLastModifiedDate: when.getTime() / 1000 }],
    });
    expect(restJson.parse(request, model, 'UpdateRecords')).toEqual(input);
  });

  it('writes an answer’s epoch-second numbers as timestamps, as it writes Dates', () => {
    const output = { Records: [{ Key: 'k', SyncCount: 1, LastModifiedDate: 1705311000 }] };
    const dated = { Records: [{ Key: 'k', SyncCount: 1, LastModifiedDate: new Date(1705311000 * 1000) }] };
    expect(restJson.serialize(model, 'UpdateRecords', output, META).body).toBe(restJson.serialize(model, 'UpdateRecords', dated, META).body);
    expect(JSON.parse(restJson.serialize(model, 'UpdateRecords', output, META).body as string)).toEqual(output);
  });
});
