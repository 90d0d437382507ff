import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { query } from '../../../src/engine/protocol/query';
import type { ServiceModel } from '../../../src/engine/protocol/shapes';
import { CREDENTIALS, META, loadModel, protocolHandler, rejection } from './harness';

const model = loadModel('sts');

function sts(answer: Parameters<typeof protocolHandler>[2]) {
  const { handler, seen } = protocolHandler(query, model, answer);
  return { client: new STSClient({ region: 'us-east-1', credentials: CREDENTIALS, requestHandler: handler, maxAttempts: 1 }), seen };
}

const wire = (body: string) => ({ method: 'POST', url: new URL('https://sts.amazonaws.com/'), headers: {}, body: new TextEncoder().encode(body) });

describe('AWS Query with the real STS client', () => {
  it('reads GetCallerIdentity and answers with a Result the SDK reads', async () => {
    const { client, seen } = sts(() => ({ output: { UserId: 'AIDAEXAMPLE', Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/alice' } }));
    const out = await client.send(new GetCallerIdentityCommand({}));
    expect(seen[0]?.operation).toBe('GetCallerIdentity');
    expect(seen[0]?.input).toEqual({});
    expect(out).toMatchObject({ UserId: 'AIDAEXAMPLE', Account: '123456789012', Arn: 'arn:aws:iam::123456789012:user/alice' });
    expect(out.$metadata).toMatchObject({ httpStatusCode: 200, requestId: META.requestId });
  });

  it('reads AssumeRoleWithWebIdentity members, integers and member lists, and writes timestamps and nested structures', async () => {
    const expiration = new Date('2024-01-15T11:00:00Z');
    const { client, seen } = sts(() => ({
      output: {
        Credentials: { AccessKeyId: 'ASIAEXAMPLE', SecretAccessKey: 'secret', SessionToken: 'token<&>', Expiration: expiration },
        SubjectFromWebIdentityToken: 'sub-1',
        AssumedRoleUser: { AssumedRoleId: 'AROAEXAMPLE:app', Arn: 'arn:aws:sts::123456789012:assumed-role/r/app' },
        PackedPolicySize: 6,
        Audience: 'client-1',
      },
    }));
    const input = {
      RoleArn: 'arn:aws:iam::123456789012:role/r',
      RoleSessionName: 'app',
      WebIdentityToken: 'eyJ.a+b/c=.sig',
      DurationSeconds: 3600,
      PolicyArns: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }, { arn: 'arn:aws:iam::123456789012:policy/p' }],
    };
    const out = await client.send(new AssumeRoleWithWebIdentityCommand(input));
    expect(seen[0]?.operation).toBe('AssumeRoleWithWebIdentity');
    expect(seen[0]?.input).toEqual(input);
    expect(out.Credentials).toEqual({ AccessKeyId: 'ASIAEXAMPLE', SecretAccessKey: 'secret', SessionToken: 'token<&>', Expiration: expiration });
    expect(out).toMatchObject({
      SubjectFromWebIdentityToken: 'sub-1',
      PackedPolicySize: 6,
      Audience: 'client-1',
      AssumedRoleUser: { AssumedRoleId: 'AROAEXAMPLE:app' },
    });
  });

  it('writes a modelled error under its wire code, which the SDK names by its shape', async () => {
    const { client } = sts(() => ({ error: { code: 'IDPRejectedClaimException', message: 'Incorrect token audience', status: 403 } }));
    const command = new AssumeRoleWithWebIdentityCommand({ RoleArn: 'arn:aws:iam::123456789012:role/r', RoleSessionName: 's', WebIdentityToken: 't' });
    expect(await rejection(client.send(command))).toEqual({ name: 'IDPRejectedClaimException', message: 'Incorrect token audience', status: 403 });
  });

  it('writes an unmodelled error with its code and Sender type', async () => {
    const { client } = sts(() => ({ error: { code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match', status: 403 } }));
    expect(await rejection(client.send(new GetCallerIdentityCommand({})))).toEqual({
      name: 'SignatureDoesNotMatch',
      message: 'The request signature we calculated does not match',
      status: 403,
    });
    const body = query.serializeError({ code: 'InternalFailure', message: 'oops', status: 500 }, META, model).body as string;
    expect(body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Receiver</Type><Code>InternalFailure</Code><Message>oops</Message></Error><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId></ErrorResponse>',
    );
  });
});

describe('AWS Query input', () => {
  it('finds no operation for an unknown Action', () => {
    expect(query.operationOf(wire('Action=Nope&Version=2011-06-15'), model)).toBeUndefined();
    expect(query.operationOf(wire('Action=GetCallerIdentity&Version=2011-06-15'), model)).toBe('GetCallerIdentity');
  });

  it('rejects a broken escape with MalformedQueryString', () => {
    expect(() => query.parse(wire('Action=GetCallerIdentity&Version=2011-06-15&X=%zz'), model, 'GetCallerIdentity')).toThrow(
      expect.objectContaining({ code: 'MalformedQueryString', message: 'The query string is malformed.' }),
    );
  });

  it('rejects a non-integer with InvalidParameterValue', () => {
    const body = 'Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=a&RoleSessionName=s&WebIdentityToken=t&DurationSeconds=abc';
    expect(() => query.parse(wire(body), model, 'AssumeRoleWithWebIdentity')).toThrow(
      expect.objectContaining({ code: 'InvalidParameterValue', message: "Value (abc) for parameter DurationSeconds is invalid. Expected: 'integer'." }),
    );
  });

  it('rejects another API version', () => {
    expect(() => query.parse(wire('Action=GetCallerIdentity&Version=2010-01-01'), model, 'GetCallerIdentity')).toThrow(
      expect.objectContaining({ code: 'InvalidAction', message: 'Could not find operation GetCallerIdentity for version 2010-01-01' }),
    );
  });

  it('reads maps as X.entry.N.key/value, flattened lists as X.N and an empty list as the bare name', () => {
    const mapped: ServiceModel = {
      metadata: { apiVersion: '2010-05-08' },
      operations: { Tag: { name: 'Tag', input: { shape: 'TagRequest' } } },
      shapes: {
        TagRequest: { type: 'structure', members: { Tags: { shape: 'TagMap' }, Names: { shape: 'Flat' }, Empty: { shape: 'List' } } },
        TagMap: { type: 'map', key: { shape: 'S' }, value: { shape: 'S' } },
        Flat: { type: 'list', member: { shape: 'S' }, flattened: true },
        List: { type: 'list', member: { shape: 'S' } },
        S: { type: 'string' },
      },
    };
    const body =
      'Action=Tag&Version=2010-05-08&Tags.entry.1.key=team&Tags.entry.1.value=a%20b&Tags.entry.2.key=env&Tags.entry.2.value=prod&Names.1=x&Names.2=y&Empty=';
    expect(query.parse(wire(body), mapped, 'Tag')).toEqual({ Tags: { team: 'a b', env: 'prod' }, Names: ['x', 'y'], Empty: [] });
  });
});
