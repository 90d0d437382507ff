import { CloudError } from '../kernel/errors';
import { readJson, writeJson } from './jsonShape';
import { readRest, restOperationOf, writeRest, writeRestRequest, type BodyCodec } from './rest';
import { inputShape, metaHeaders, outputShape, wireCode, type Protocol } from './wire';

const codec: BodyCodec = {
  errorCode: 'SerializationException',
  read(model, shape, body) {
    let document: unknown;
    try {
      document = JSON.parse(body);
    } catch {
      throw new CloudError('SerializationException', 'Start of structure or map found where not expected.');
    }
    return (readJson(model, shape, document) ?? {}) as Record<string, unknown>;
  },
  write: (model, shape, value) => JSON.stringify(writeJson(model, shape, value) ?? {}),
};

/**
 * REST-JSON (Cognito Sync, Lambda): the operation is the http method and requestUri, members are bound to `{Label}`s, the query
 * string and headers, the rest is a JSON body; errors carry `x-amzn-ErrorType` and `{"message"}`.
 */
export const restJson: Protocol = {
  id: 'rest-json',
  operationOf: restOperationOf,
  parse(request, model, operation) {
    const input = inputShape(model, operation);
    return input ? readRest(request, model, operation, input, codec) : {};
  },
  serialize(model, operation, output, meta) {
    const { status, headers, body } = writeRest(model, operation, outputShape(model, operation), (output ?? {}) as Record<string, unknown>, codec);
    return { status, headers: { ...metaHeaders(meta, 'application/json'), ...headers }, body: body ?? '{}' };
  },
  request(model, operation, input, url) {
    const shape = inputShape(model, operation);
    const sent = writeRestRequest(model, operation, shape, (input ?? {}) as Record<string, unknown>, codec, url);
    // An operation whose members all go in the path, query or headers (ListRecords) sends no body, as the SDKs do.
    const hasBody = shape?.payload !== undefined || Object.values(shape?.members ?? {}).some((member) => !member.location);
    return hasBody ? { ...sent, headers: { 'content-type': 'application/json', ...sent.headers } } : { ...sent, body: '' };
  },
  serializeError(error, meta, model) {
    const code = wireCode(model, error.code);
    return {
      status: error.status,
      headers: { ...metaHeaders(meta, 'application/json'), 'x-amzn-errortype': code },
      // [O] Cognito Sync writes `message`; the SDKs also read `Message` (Lambda's spelling).
      body: JSON.stringify({ message: error.message }),
    };
  },
};
