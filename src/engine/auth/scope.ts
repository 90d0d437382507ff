/**
 * The credential scope must name the service and region the request went to: AWS's front door refuses a signature
 * scoped to another service, or (at a regional host) to another region, though the maths holds.
 */
import { CloudError } from '../kernel/errors';
import type { AnyService } from '../services';

/**
 * The refusal for a scope that does not fit, or undefined. `hostRegion` is the region the request's host names (undefined
 * when the request came to one local address, where the scope itself chose the region).
 * SIMPLIFIED: S3's regions are not checked (S3 answers AuthorizationHeaderMalformed naming the bucket's region, which
 * its clients follow); its service is.
 */
export function scopeError(scope: { service: string; region: string }, service: AnyService, hostRegion: string | undefined): CloudError | undefined {
  const protocol = service.protocol.id;
  if (scope.service !== service.signingName) {
    // [O] S3's wording; the others' as Query and JSON services answer it.
    if (protocol === 'rest-xml')
      return new CloudError(
        'AuthorizationHeaderMalformed',
        `The authorization header is malformed; incorrect service "${scope.service}". This endpoint belongs to "${service.signingName}".`,
        400,
      );
    return signatureError(protocol, `Credential should be scoped to correct service: '${service.signingName}'. `);
  }
  if (protocol === 'rest-xml' || hostRegion === undefined || scope.region === hostRegion) return undefined;
  // [O] STS's and IAM's wording; [U] that JSON services use the same words.
  return signatureError(protocol, `Credential should be scoped to a valid region, not '${scope.region}'. `);
}

function signatureError(protocol: AnyService['protocol']['id'], message: string): CloudError {
  return protocol === 'query' ? new CloudError('SignatureDoesNotMatch', message, 403) : new CloudError('InvalidSignatureException', message, 403);
}
