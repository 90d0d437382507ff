import { CognitoIdentityProviderClient, ListUsersCommand } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { json, jsonError } from '../../../src/engine/protocol/json11';
import { CloudError } from '../../../src/engine/errors';
import { CREDENTIALS, META, loadModel, protocolHandler, rejection } from './harness';

const model = loadModel('cognito-idp');

function idp(answer: Parameters<typeof protocolHandler>[2]) {
  const { handler, seen } = protocolHandler(json, model, answer);
  return { client: new CognitoIdentityProviderClient({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler: handler, maxAttempts: 1 }), seen };
}

describe('AWS JSON 1.1 with the real cognito-idp client', () => {
  it('reads ListUsers from X-Amz-Target and writes epoch-second timestamps the SDK turns into Dates', async () => {
    const created = new Date('2024-01-15T09:00:00.500Z');
    const { client, seen } = idp(() => ({ output: { Users: [{ Username: 'alice', UserCreateDate: created, Enabled: true, Attributes: [{ Name: 'email', Value: 'a@example.com' }] }] } }));
    const input = { UserPoolId: 'us-east-1_abc', Limit: 10, AttributesToGet: ['email'] };
    const out = await client.send(new ListUsersCommand(input));
    expect(seen[0]?.operation).toBe('ListUsers');
    expect(seen[0]?.input).toEqual(input);
    expect(out.Users).toEqual([{ Username: 'alice', UserCreateDate: created, Enabled: true, Attributes: [{ Name: 'email', Value: 'a@example.com' }] }]);
  });

  it('answers an error as {"__type","message"} with x-amzn-ErrorType', async () => {
    const { client } = idp(() => ({ error: { code: 'ResourceNotFoundException', message: 'User pool us-east-1_abc does not exist.', status: 400 } }));
    expect(await rejection(client.send(new ListUsersCommand({ UserPoolId: 'us-east-1_abc' })))).toEqual({ name: 'ResourceNotFoundException', message: 'User pool us-east-1_abc does not exist.', status: 400 });
    const error = json.serializeError({ code: 'ResourceNotFoundException', message: 'm', status: 400 }, META, model);
    expect(error).toEqual(jsonError(new CloudError('ResourceNotFoundException', 'm'), META.requestId, META.date));
  });

  it('finds no operation for another service prefix and rejects a body of the wrong type', () => {
    const request = (target: string, body: string) => ({ method: 'POST', url: new URL('https://cognito-idp.us-east-1.amazonaws.com/'), headers: { 'x-amz-target': target }, body: new TextEncoder().encode(body) });
    expect(json.operationOf(request('AWSCognitoIdentityService.ListUsers', '{}'), model)).toBeUndefined();
    expect(json.operationOf(request('AWSCognitoIdentityProviderService.ListUsers', '{}'), model)).toBe('ListUsers');
    expect(() => json.parse(request('AWSCognitoIdentityProviderService.ListUsers', '{"Limit":"ten"}'), model, 'ListUsers')).toThrow(
      expect.objectContaining({ code: 'SerializationException', message: 'Unexpected value where a number was expected.' }),
    );
    expect(() => json.parse(request('AWSCognitoIdentityProviderService.ListUsers', '[1]'), model, 'ListUsers')).toThrow(
      expect.objectContaining({ code: 'SerializationException', message: 'Start of structure or map found where not expected.' }),
    );
  });
});
