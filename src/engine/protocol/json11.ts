import { CloudError } from '../kernel/errors';
import { bodyText, type Protocol } from './wire';

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
export function jsonError(error: Pick<CloudError, 'code' | 'message' | 'status'>, requestId: string, date: string): AwsResponseParts {
  return {
    status: error.status,
    headers: { 'content-type': JSON_11, 'x-amzn-requestid': requestId, 'x-amzn-errortype': error.code, date },
    body: JSON.stringify({ __type: error.code, message: error.message }),
  };
}

/**
 * AWS JSON 1.1 as a protocol: `POST /` with `X-Amz-Target: <targetPrefix>.<Action>` and a JSON body; answers JSON,
 * errors `{"__type", "message"}` with `x-amzn-ErrorType`.
 */
export const jsonProtocol: Protocol = {
  id: 'json',
  operationOf(request, model) {
    if (request.method !== 'POST' || request.url.pathname !== '/') {
      throw new CloudError('UnknownOperationException', `No operation at ${request.method} ${request.url.pathname}.`, 404);
    }
    return parseTarget(request.headers['x-amz-target'] ?? null, model.metadata?.targetPrefix ?? '');
  },
  parse: (request) => parseJsonBody(bodyText(request.body)),
  serialize: (_model, _operation, output, meta) => jsonSuccess(output, meta.requestId, meta.date),
  serializeError: (error, meta) => jsonError(error, meta.requestId, meta.date),
  request: (model, operation, input, url) => ({
    method: 'POST',
    url,
    headers: { 'content-type': JSON_11, 'x-amz-target': `${model.metadata?.targetPrefix ?? ''}.${operation}` },
    body: JSON.stringify(input ?? {}),
  }),
};
