/**
 * A domain error the simulated cloud answers with: AWS's error code, AWS's message and the HTTP status AWS uses.
 * Programming mistakes are not CloudErrors; they surface as InternalErrorException so a caller still gets an AWS-shaped answer.
 */
export class CloudError extends Error {
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
