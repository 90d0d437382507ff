/**
 * Real AWS clients pointed at one local address (`--endpoint-url http://127.0.0.1:4566`) still say which service they mean:
 * JSON 1.1 clients in `X-Amz-Target`, every signed request in its SigV4 credential scope. This turns such a request back into
 * the AWS URL it would have gone to, so the engine can answer it exactly as it answers the browser. Pure: unit-tested in Node.
 */

/** `X-Amz-Target` prefixes of the JSON services, and the endpoint prefix each lives at. */
export const TARGET_PREFIXES: Readonly<Record<string, string>> = {
  AWSCognitoIdentityProviderService: 'cognito-idp',
  AWSCognitoIdentityService: 'cognito-identity',
};

export interface IncomingParts {
  method: string;
  /** Path and query as received: `/`, `/us-east-1_abc/.well-known/jwks.json?x=1`. */
  path: string;
  /** Lower-case header names. */
  headers: Readonly<Record<string, string | string[] | undefined>>;
}

export type Route =
  | { ok: true; service: string; region: string; url: string; via: 'target' | 'sigv4' | 'well-known' }
  | { ok: false; status: number; code: string; message: string };

const WELL_KNOWN = /^\/(([a-z]{2}(?:-[a-z]+)+-\d+)_[0-9a-zA-Z]+)\/\.well-known\/(?:jwks\.json|openid-configuration)(?:\?.*)?$/;
const SCOPE = /Credential=[^/,\s]+\/\d{8}\/([^/,\s]+)\/([^/,\s]+)\/aws4_request/;

function header(parts: IncomingParts, name: string): string | undefined {
  const value = parts.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** The SigV4 credential scope's region and service: `Credential=AKID/20260115/us-east-1/cognito-idp/aws4_request`. */
export function credentialScope(authorization: string | undefined): { region: string; service: string } | undefined {
  const match = authorization ? SCOPE.exec(authorization) : null;
  return match ? { region: match[1]!, service: match[2]! } : undefined;
}

/**
 * Decides which AWS endpoint a request arriving at the local server was meant for:
 * `X-Amz-Target` prefix first, then the SigV4 scope's service, then `GET /<poolId>/.well-known/…` (the pool id names its region).
 * The region is the one the client signed for, else `defaultRegion`; a region the cloud does not serve gets the engine's own 404.
 */
export function routeRequest(parts: IncomingParts, defaultRegion: string): Route {
  const path = parts.path.startsWith('/') ? parts.path : `/${parts.path}`;
  const scope = credentialScope(header(parts, 'authorization'));
  const region = scope?.region ?? defaultRegion;
  const to = (service: string, via: 'target' | 'sigv4' | 'well-known', inRegion = region): Route => ({
    ok: true,
    service,
    region: inRegion,
    url: `https://${service}.${inRegion}.amazonaws.com${path}`,
    via,
  });

  const target = header(parts, 'x-amz-target');
  if (target) {
    const prefix = target.slice(0, Math.max(0, target.lastIndexOf('.')));
    const service = TARGET_PREFIXES[prefix];
    if (service) return to(service, 'target');
  }
  if (scope) return to(scope.service, 'sigv4');
  const wellKnown = parts.method === 'GET' ? WELL_KNOWN.exec(path) : null;
  if (wellKnown) return to('cognito-idp', 'well-known', wellKnown[2]!);
  return {
    ok: false,
    status: 400,
    code: 'UnknownOperationException',
    message: target
      ? `X-Amz-Target ${target} names no service this simulator knows. It serves cognito-idp (AWSCognitoIdentityProviderService.<Action>).`
      : `Cannot tell which AWS service ${parts.method} ${path} is for: send X-Amz-Target (e.g. AWSCognitoIdentityProviderService.SignUp) or a SigV4 Authorization header whose credential scope names the service.`,
  };
}
