/**
 * The cloud's front door: who sent a request, from its SigV4 signature, checked as AWS checks it (protocol/sigv4Verify.ts)
 * against the cloud's clock. Runs before a request is parsed, as AWS's does; a failure is answered in the service's own
 * protocol (SignatureDoesNotMatch for Query and S3, InvalidSignatureException for JSON services, and so on). Temporary
 * credentials (`ASIA…`) are looked up in STS's store; they work in every region and for every service.
 */
import { CloudError } from '../kernel/errors';
import { verifySignature } from '../protocol/sigv4Verify';
import { utf8, type WireRequest } from '../protocol/wire';
import type { AnyService } from '../services';
import type { IssuedCredentials } from '../sts/model';
import { ADMIN_ACCESS_KEY_ID, ADMIN_SECRET_ACCESS_KEY, type Caller } from './caller';
import { readClaim } from '../protocol/sigv4';
import { scopeError } from './scope';
import { sessionError } from './sessionErrors';

/** The credentials STS issued under an access key id, if any (the cloud reads them from STS's store). */
export type IssuedLookup = (accessKeyId: string) => IssuedCredentials | undefined;

/** Keys the cloud issues (STS's temporary credentials) begin so; a long-term key begins with AKIA. */
const TEMPORARY_KEY = /^ASIA/;

/**
 * The caller of a request, or the CloudError AWS answers with. `host` and `content-length` may be absent from a request
 * that came through `cloud.fetch` (a browser's fetch drops them though the SDK signed them): they are rebuilt from the URL
 * and the body, as the request on the wire carried them.
 */
export function authenticate(
  wire: WireRequest,
  service: AnyService,
  now: number,
  issued: IssuedLookup = () => undefined,
  hostRegion?: string,
): Caller | CloudError {
  const read = readClaim(wire);
  if (!read.ok && read.missing) return { kind: 'anonymous' };
  const accessKeyId = read.ok ? read.claim.accessKeyId : undefined;
  // SIMPLIFIED: a long-term key the cloud never issued acts as the administrator without a signature check, as local
  // emulators do, so scripts with dummy credentials ("test"/"test") keep working. Only the example pair is verified.
  if (read.ok && accessKeyId !== ADMIN_ACCESS_KEY_ID && !TEMPORARY_KEY.test(read.claim.accessKeyId))
    return { kind: 'admin', accessKeyId: read.claim.accessKeyId, verified: false };
  const session = accessKeyId !== undefined && TEMPORARY_KEY.test(accessKeyId) ? issued(accessKeyId) : undefined;
  const verified = verifySignature(
    withWireHeaders(wire),
    {
      now,
      protocol: service.protocol.id,
      // An ASIA key STS never issued is unknown (InvalidAccessKeyId, InvalidClientTokenId, UnrecognizedClientException).
      secretFor: (key) => (key === ADMIN_ACCESS_KEY_ID ? ADMIN_SECRET_ACCESS_KEY : key === session?.AccessKeyId ? session.SecretAccessKey : undefined),
    },
    read,
  );
  if (!verified.ok) return new CloudError(verified.code, verified.message, verified.status);
  const misScoped = scopeError(verified.value, service, hostRegion);
  if (misScoped) return misScoped;
  if (!session) return { kind: 'admin', accessKeyId: ADMIN_ACCESS_KEY_ID, verified: true };
  // The signature holds; the session token (x-amz-security-token, or X-Amz-Security-Token in a presigned URL) must be
  // the one issued with the key, and the session still current at the cloud's clock.
  if (verified.value.sessionToken !== session.SessionToken) return sessionError(service.protocol.id, 'badToken');
  if (now >= session.Expiration) return sessionError(service.protocol.id, 'expired');
  return { kind: 'session', accessKeyId: session.AccessKeyId, credentials: session };
}

/** The request with the `host` and `content-length` headers it had on the wire, where a fetch dropped them. */
function withWireHeaders(wire: WireRequest): WireRequest {
  if (wire.headers['host'] !== undefined && (wire.headers['content-length'] !== undefined || wire.body.length === 0)) return wire;
  const length = typeof wire.body === 'string' ? utf8(wire.body).length : wire.body.length;
  const headers = { host: wire.url.host, ...(length > 0 ? { 'content-length': String(length) } : {}), ...wire.headers };
  return { ...wire, headers };
}
