/**
 * OIDC discovery for a hosted UI on `npm run cloud`, at the domain's own host under localhost
 * (`{domain}.auth.{region}.amazoncognito.com.localhost:{port}`, as the router reads it).
 *
 * At AWS the discovery document and the JWKS live only at the issuer, `https://cognito-idp.{region}.amazonaws.com/{poolId}`,
 * not on the domain, and their endpoints name `https://{domain}.auth.{region}.amazoncognito.com`. A client on this machine
 * reaches neither host. So the server answers `GET /.well-known/openid-configuration` under the domain's localhost host
 * with the pool's own document, its hosted UI endpoints moved to that same host and port, and `jwks_uri` to
 * `/.well-known/jwks.json` there, which answers the pool's JWKS.
 * SIMPLIFIED: AWS serves neither path on the domain; these two are the local server's, so a real OIDC client can discover
 * and verify offline. The `issuer` stays AWS's, as the tokens' `iss` is: a client checks one against the other.
 * Through `cloud.fetch` nothing changes: the real hostnames answer as AWS's do.
 */
import { cognitoIdp, hostedUi, userPoolIssuer, type Cloud } from '../engine';

const DISCOVERY = '/.well-known/openid-configuration';
const JWKS = '/.well-known/jwks.json';

/** The hosted UI domain a `Host` header names under localhost: `shop-login.auth.us-east-1.amazoncognito.com.localhost:4566`. */
export function hostedUiUnderLocalhost(hostHeader: string | undefined): { domain: string; region: string } | undefined {
  const hostname = (hostHeader ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (!hostname.endsWith('.localhost')) return undefined;
  const params = hostedUi.matchHost(hostname.slice(0, -'.localhost'.length));
  return params?.['domain'] && params['region'] ? { domain: params['domain'], region: params['region'] } : undefined;
}

/** The pool a domain prefix belongs to in a region, read without touching any state. */
function poolOfDomain(cloud: Cloud, region: string, domain: string): string | undefined {
  // records() makes a region's state when it has none: look only where pools already are.
  if (!cloud.inspect(cognitoIdp).pools.some((pool) => pool.region === region)) return undefined;
  return cloud.records(cognitoIdp, region).domains[domain]?.UserPoolId;
}

function json(status: number, body: unknown, headers: Headers): Response {
  const answer = new Headers(headers);
  answer.delete('content-length');
  answer.set('content-type', 'application/json');
  return new Response(JSON.stringify(body), { status, headers: answer });
}

/**
 * The local answer to discovery or the JWKS under a hosted UI's localhost host; undefined for any other request (and for a
 * domain nobody created, which the hosted UI itself answers).
 */
export async function localDiscovery(cloud: Cloud, hostHeader: string | undefined, method: string, path: string): Promise<Response | undefined> {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  const pathname = path.split('?')[0];
  if (pathname !== DISCOVERY && pathname !== JWKS) return undefined;
  const site = hostedUiUnderLocalhost(hostHeader);
  const poolId = site && poolOfDomain(cloud, site.region, site.domain);
  if (!site || !poolId) return undefined;
  const issuer = userPoolIssuer(poolId);
  // The pool's own documents, as any client gets them from the issuer (logged like theirs).
  const answer = await cloud.fetch(`${issuer}${pathname}`);
  if (pathname === JWKS || !answer.ok) return answer;
  const local = `http://${hostHeader!.toLowerCase()}`;
  const domainOrigin = `https://${site.domain}.auth.${site.region}.amazoncognito.com`;
  const document = (await answer.json()) as Record<string, unknown>;
  const moved = Object.fromEntries(
    Object.entries(document).map(([name, value]) => [
      name,
      typeof value === 'string' && value.startsWith(`${domainOrigin}/`) ? `${local}${value.slice(domainOrigin.length)}` : value,
    ]),
  );
  return json(answer.status, { ...moved, jwks_uri: `${local}${JWKS}` }, answer.headers);
}
