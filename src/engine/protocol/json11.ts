import { CloudError } from '../errors';
import { readJson, writeJson } from './jsonShape';
import type { ServiceModel } from './validate';
import { inputShape, metaHeaders, outputShape, text, wireCode, type Protocol, type ResponseMeta, type WireResponse } from './wire';

/** AWS JSON 1.1: the protocol Cognito user pools and identity pools speak. */
export const JSON_11 = 'application/x-amz-json-1.1';

export interface AwsResponseParts {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Reads `X-Amz-Target: <Prefix>.<Action>`; a target of another service is an unknown operation. */
export function parseTarget(target: string | null, prefix: string): string {
  if (!target) throw new CloudError('UnknownOperationException', 'Missing X-Amz-Target header.');
  const dot = target.lastIndexOf('.');
  if (dot < 0 || target.slice(0, dot) !== prefix) throw new CloudError('UnknownOperationException', '');
  return target.slice(dot + 1);
}

export function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CloudError('SerializationException', 'Start of structure or map found where not expected.');
  }
}

export function jsonSuccess(body: unknown, requestId: string, date: string): AwsResponseParts {
  return {
    status: 200,
    headers: { 'content-type': JSON_11, 'x-amzn-requestid': requestId, date },
    body: JSON.stringify(body ?? {}),
  };
}

/** AWS's error shape: `{"__type": Code, "message": ...}` plus `x-amzn-ErrorType`. */
export function jsonError(error: CloudError, requestId: string, date: string): AwsResponseParts {
  return {
    status: error.status,
    headers: { 'content-type': JSON_11, 'x-amzn-requestid': requestId, 'x-amzn-errortype': error.code, date },
    body: JSON.stringify({ __type: error.code, message: error.message }),
  };
}

/** Writes `code` and `message` as AWS JSON 1.0/1.1 does: `{"__type", "message"}` and the `x-amzn-ErrorType` header. */
function errorResponse(contentType: string, code: string, message: string, status: number, meta: ResponseMeta): WireResponse {
  return {
    status,
    headers: { ...metaHeaders(meta, contentType), 'x-amzn-errortype': code },
    body: JSON.stringify({ __type: code, message }),
  };
}

const contentTypeOf = (model: ServiceModel) => `application/x-amz-json-${model.metadata?.jsonVersion ?? '1.1'}`;

/**
 * AWS JSON 1.0/1.1 (Cognito user pools and identity pools): `POST /` naming the operation in `X-Amz-Target: <Prefix>.<Operation>`,
 * a JSON body in and out, errors as `{"__type", "message"}`.
 */
export const json: Protocol = {
  id: 'json',
  operationOf(request, model) {
    const target = request.headers['x-amz-target'];
    const prefix = model.metadata?.targetPrefix ?? model.targetPrefix;
    if (!target || !prefix || request.method !== 'POST') return undefined;
    const dot = target.lastIndexOf('.');
    const name = target.slice(dot + 1);
    return dot >= 0 && target.slice(0, dot) === prefix && Object.hasOwn(model.operations, name) ? name : undefined;
  },
  parse(request, model, operation) {
    const body = text(request.body);
    if (body === undefined) throw new CloudError('SerializationException', 'Invalid UTF-8 middle byte');
    const document = parseJsonBody(body);
    if (typeof document !== 'object' || document === null || Array.isArray(document)) {
      throw new CloudError('SerializationException', 'Start of structure or map found where not expected.');
    }
    const input = inputShape(model, operation);
    return input ? readJson(model, input, document) : document;
  },
  serialize(model, operation, output, meta) {
    return { status: 200, headers: metaHeaders(meta, contentTypeOf(model)), body: JSON.stringify(writeJson(model, outputShape(model, operation), output) ?? {}) };
  },
  serializeError(error, meta, model) {
    return errorResponse(contentTypeOf(model), wireCode(model, error.code), error.message, error.status, meta);
  },
};
