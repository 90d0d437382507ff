import { decodeAwsChunked } from './awsChunked';
import { readRest, restOperationOf, writeRest, writeRestRequest, type BodyCodec } from './rest';
import { asRef, type ServiceModel, type ShapeRef } from './shapes';
import { inputShape, outputShape, wireCode, type Protocol, type ResponseMeta } from './wire';
import { buildXml, parseXml, readXml, writeXml, type XmlElement } from './xml';

const codec: BodyCodec = {
  errorCode: 'InvalidArgument',
  read: (model, shape, body) => (readXml(model, shape, parseXml(body).element) ?? {}) as Record<string, unknown>,
  write(model, shape, value) {
    const content = writeXml(model, shape, value);
    const bodyMembers = Object.entries(shape.members ?? {}).filter(([name, m]) => !m.location && value[name] !== undefined);
    if (shape.type === 'structure' && bodyMembers.length === 0 && !shape.locationName) return undefined;
    return buildXml(shape.locationName ?? rootName(shape), content);
  },
};

/** Without a locationName, the root element is the output shape's name (restXml.serialize passes it as `name`). */
const rootName = (shape: ShapeRef) => shape.name ?? 'Result';

/** The output shape with its name (the root element's, without a locationName), made once per operation. */
function namedOutput(model: ServiceModel, operation: string): ShapeRef | undefined {
  let byOperation = NAMED_OUTPUTS.get(model);
  if (!byOperation) NAMED_OUTPUTS.set(model, (byOperation = new Map()));
  if (!byOperation.has(operation)) {
    const ref = asRef(model.operations[operation]?.output);
    const shape = outputShape(model, operation);
    byOperation.set(operation, shape && ref?.shape ? Object.freeze({ ...shape, name: ref.shape }) : shape);
  }
  return byOperation.get(operation);
}
const NAMED_OUTPUTS = new WeakMap<ServiceModel, Map<string, ShapeRef | undefined>>();

/** S3's request headers: `x-amz-request-id` and `x-amz-id-2` instead of `x-amzn-requestid`. */
function s3Headers(meta: ResponseMeta, contentType?: string): Record<string, string> {
  return { ...(contentType ? { 'content-type': contentType } : {}), 'x-amz-request-id': meta.requestId, 'x-amz-id-2': meta.requestId, date: meta.date };
}

/**
 * REST-XML (S3): method and requestUri with `{Bucket}` and `{Key+}` labels, query and header bindings, XML payloads named by the
 * model; errors `<Error><Code/><Message/><RequestId/></Error>`. Virtual-host requests are the router's to turn into paths.
 */
export const restXml: Protocol = {
  id: 'rest-xml',
  operationOf: restOperationOf,
  parse(request, model, operation) {
    const input = inputShape(model, operation);
    return input ? readRest(decodeAwsChunked(request), model, operation, input, codec) : {};
  },
  serialize(model, operation, output, meta) {
    const named = namedOutput(model, operation);
    const { status, headers, body } = writeRest(model, operation, named, (output ?? {}) as Record<string, unknown>, codec);
    const contentType = headers['content-type'] ?? (typeof body === 'string' ? 'application/xml' : body ? 'application/octet-stream' : undefined);
    return { status, headers: { ...s3Headers(meta, contentType), ...headers }, body: body ?? '' };
  },
  request(model, operation, input, url) {
    return writeRestRequest(model, operation, inputShape(model, operation), (input ?? {}) as Record<string, unknown>, codec, url);
  },
  serializeError(error, meta, model) {
    const content: XmlElement = {
      Code: [{ '#text': wireCode(model, error.code) }],
      Message: [{ '#text': error.message }],
      ...Object.fromEntries(Object.entries(error.details ?? {}).map(([name, value]) => [name, [{ '#text': value }]])),
      RequestId: [{ '#text': meta.requestId }],
      HostId: [{ '#text': meta.requestId }],
    };
    return { status: error.status, headers: { ...s3Headers(meta, 'application/xml'), ...error.headers }, body: buildXml('Error', content) };
  },
};
