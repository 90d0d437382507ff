/**
 * A domain error the simulated cloud answers with: AWS's error code, AWS's message and the HTTP status AWS uses, and the
 * service that answered (the pipeline stamps it). A service's codes come from its model's error shapes (the catalog
 * `modelErrorCodes` reads) plus the common errors below; message texts that callers compare are exported constants
 * (`USER_POOL_MESSAGES`). Programming mistakes are not CloudErrors; they surface as InternalErrorException (500) so a
 * caller still gets an AWS-shaped answer.
 */
export class CloudError extends Error {
  /** The registry id of the service that answered, once the pipeline has seen it. */
  service?: string;

  constructor(
    readonly code: string,
    message: string,
    readonly status: number = 400,
  ) {
    super(message);
    this.name = code;
  }
}

export function isCloudError(value: unknown): value is CloudError {
  return value instanceof CloudError;
}

/**
 * Codes any AWS service may answer that its model does not list: the protocols' own (unreadable or unknown requests),
 * the SigV4 checks', and the simulator's answer for a real action it does not simulate.
 */
export const COMMON_ERRORS = [
  'SerializationException',
  'UnknownOperationException',
  'InvalidRequestException',
  'ValidationError',
  'ValidationException',
  'InternalErrorException',
  'InternalFailure',
  'SignatureDoesNotMatch',
  'IncompleteSignature',
  'InvalidClientTokenId',
  'UnrecognizedClientException',
  'InvalidSignatureException',
  'MissingAuthenticationToken',
  'ExpiredToken',
  'ExpiredTokenException',
  'RequestExpired',
  'AccessDenied',
  'AccessDeniedException',
  'UnknownEndpoint',
  'NotImplemented',
] as const;

/** The error codes a model declares: its shapes marked as exceptions. */
export function modelErrorCodes(model: { shapes: Record<string, { exception?: boolean; error?: unknown }> }): string[] {
  return Object.entries(model.shapes)
    .filter(([, shape]) => shape.exception || shape.error)
    .map(([name]) => name);
}

/** An error's message, or the thrown value as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
