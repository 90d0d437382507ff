/**
 * The slice of a botocore service model the wire protocols read: shapes with their serialization traits
 * (locations, XML names and namespaces, flattening, timestamp formats, payloads, error codes) and operations with their
 * HTTP bindings. Looser than the validator's types: protocols meet every service's model, trimmed or not.
 */
export interface ShapeRef {
  shape?: string;
  type?: 'structure' | 'list' | 'map' | 'string' | 'boolean' | 'integer' | 'long' | 'float' | 'timestamp' | 'blob' | 'double';
  members?: Record<string, ShapeRef>;
  required?: string[];
  member?: ShapeRef;
  key?: ShapeRef;
  value?: ShapeRef;
  sensitive?: boolean;
  location?: 'uri' | 'querystring' | 'header' | 'headers' | 'statusCode' | (string & {});
  locationName?: string;
  queryName?: string;
  xmlNamespace?: { uri: string; prefix?: string };
  xmlAttribute?: boolean;
  flattened?: boolean;
  timestampFormat?: 'iso8601' | 'rfc822' | 'unixTimestamp';
  payload?: string;
  streaming?: boolean;
  jsonvalue?: boolean;
  error?: { code?: string; httpStatusCode?: number; senderFault?: boolean };
  exception?: boolean;
  // An operation's entry in botocore's format (the generated models name the input and output shapes by string).
  name?: string;
  http?: { method?: string; requestUri?: string; responseCode?: number };
  input?: ShapeRef | string;
  output?: (ShapeRef & { resultWrapper?: string }) | string;
  errors?: (ShapeRef | string)[];
}

export interface ServiceModel {
  operations: Record<string, ShapeRef>;
  shapes: Record<string, ShapeRef>;
  /** The old minified cognito-idp model's own field for X-Amz-Target's prefix. */
  targetPrefix?: string;
  metadata?: {
    protocol?: string;
    apiVersion?: string;
    targetPrefix?: string;
    jsonVersion?: string;
    xmlNamespace?: string;
    signingName?: string;
    endpointPrefix?: string;
  };
  actions?: string[];
  /** REST protocols: the http binding of every operation not simulated, so a request for one is answered NotImplemented. */
  routes?: Record<string, { method?: string; requestUri?: string }>;
}

/**
 * A reference by name (`"SignUpRequest"`) or by object (`{ shape: "SignUpRequest" }`), as an object. A name gives the same
 * (frozen) object every time, so what is cached by reference (`resolve`'s merged shapes) is found again on every request.
 */
export function asRef<T extends ShapeRef>(ref: T | string | undefined): T | undefined {
  if (typeof ref !== 'string') return ref;
  let named = NAMED.get(ref);
  if (!named) NAMED.set(ref, (named = Object.freeze({ shape: ref })));
  return named as T;
}
const NAMED = new Map<string, ShapeRef>();
