/**
 * Which service (or site) a request is for, found as AWS clients name it. At a real AWS host
 * (`cognito-idp.ap-south-1.amazonaws.com`, `iam.amazonaws.com`, a site's host) the host decides, with its region.
 * At one local address (`npm run cloud`, any other host) the request still says: `X-Amz-Target` first, then the service
 * in the SigV4 credential scope, then a site's `<name>.localhost` host, a path a service answers, and the Query `Action`.
 * Pure: it reads the registry it is given and nothing else.
 */
import type { AnyService, SiteDescriptor } from './services';
import { bodyText, type WireRequest } from './protocol/wire';

/**
 * The regions of AWS's commercial partition (hosts under `amazonaws.com`), from botocore 1.43's `endpoints.json`: the cloud
 * serves every one of them at once. A host in any other region does not resolve in real AWS either.
 */
export const AWS_REGIONS: ReadonlySet<string> = new Set([
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-central-1',
  'ca-west-1',
  'eu-central-1',
  'eu-central-2',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
]);

export type Routed =
  | {
      kind: 'service';
      service: AnyService;
      region: string;
      via: RouteVia;
      /** False when nothing in the request named a region and the default was taken. */ regionNamed?: false;
      /** A virtual-hosted request's bucket (`{bucket}.s3.{region}.amazonaws.com`): the path's first segment for the protocol. */
      hostBucket?: string;
    }
  | { kind: 'site'; site: SiteDescriptor; params: Record<string, string>; via: RouteVia }
  | { kind: 'none'; reason: string };

export type RouteVia = 'host' | 'target' | 'sigv4' | 'site-host' | 'path' | 'query-action';

const SCOPE = /Credential=[^/,\s]+\/\d{8}\/([^/,\s]+)\/([^/,\s]+)\/aws4_request/;

/** The SigV4 credential scope's region and service: `Credential=AKID/20260115/us-east-1/cognito-idp/aws4_request`, in the header or a presigned URL. */
export function credentialScope(request: Pick<WireRequest, 'headers' | 'url'>): { region: string; service: string } | undefined {
  const authorization = request.headers['authorization'];
  const fromHeader = authorization ? SCOPE.exec(authorization) : null;
  if (fromHeader) return { region: fromHeader[1]!, service: fromHeader[2]! };
  const credential = request.url.searchParams.get('X-Amz-Credential')?.split('/');
  return credential && credential.length === 5 ? { region: credential[2]!, service: credential[3]! } : undefined;
}

export interface Registry {
  services: readonly AnyService[];
  sites: readonly SiteDescriptor[];
}

/** The service at a real AWS hostname, with the region the host names. */
function byHost(registry: Registry, host: string): Exclude<Routed, { kind: 'none' }> | undefined {
  for (const service of registry.services) {
    if (service.global && host === service.global.host) return { kind: 'service', service, region: service.global.signingRegion, via: 'host' };
    if (service.hosts?.includes(host)) return { kind: 'service', service, region: service.global?.signingRegion ?? 'us-east-1', via: 'host' };
    const bucketHost = service.bucketHosts ? byBucketHost(service, host) : undefined;
    if (bucketHost) return bucketHost;
    const prefix = `${service.endpointPrefix}.`;
    if (host.startsWith(prefix) && host.endsWith('.amazonaws.com')) {
      const region = host.slice(prefix.length, -'.amazonaws.com'.length);
      if (AWS_REGIONS.has(region)) return { kind: 'service', service, region, via: 'host' };
    }
  }
  for (const site of registry.sites) {
    const params = site.matchHost(host);
    if (params) return { kind: 'site', site, params, via: 'host' };
  }
  return undefined;
}

/**
 * An S3-style host: `[{bucket}.]{prefix}[.{region}].amazonaws.com`. The bucket is everything before the last
 * `.{prefix}.` (bucket names may hold dots); no region means the descriptor's `regionless` one.
 */
function byBucketHost(service: AnyService, host: string): Extract<Routed, { kind: 'service' }> | undefined {
  const suffix = '.amazonaws.com';
  if (!host.endsWith(suffix)) return undefined;
  const labels = host.slice(0, -suffix.length).split('.');
  const at = labels.lastIndexOf(service.endpointPrefix);
  if (at < 0) return undefined;
  const rest = labels.slice(at + 1);
  const region = rest.length === 0 ? service.bucketHosts!.regionless : rest.length === 1 && AWS_REGIONS.has(rest[0]!) ? rest[0]! : undefined;
  if (!region) return undefined;
  const bucket = labels.slice(0, at).join('.');
  return { kind: 'service', service, region, via: 'host', ...(bucket ? { hostBucket: bucket } : {}) };
}

/** A virtual-hosted URL as path style: the host's bucket put before the path (`https://b.s3.amazonaws.com/k` → `…/b/k`). */
export function pathStyle(url: URL, bucket: string): URL {
  const moved = new URL(url.href);
  moved.pathname = `/${bucket}${url.pathname}`;
  return moved;
}

/** The region a request signed for, else the default. */
function regionOf(request: WireRequest, defaultRegion: string): string {
  const scope = credentialScope(request);
  return scope && AWS_REGIONS.has(scope.region) ? scope.region : defaultRegion;
}

/**
 * The service or site a request is for. `local` says the request came to one address for everything (`npm run cloud`),
 * so the host names nothing and the request's own headers, path and parameters are read instead.
 */
export function route(
  registry: Registry,
  request: WireRequest,
  options: { defaultRegion: string; local?: boolean; modelOf?: (service: AnyService) => { actions?: string[] } | undefined },
): Routed {
  const host = request.url.hostname.toLowerCase();
  const direct = byHost(registry, host);
  if (direct) return direct;
  if (!options.local) {
    return { kind: 'none', reason: `No simulated AWS service answers at host ${host}.` };
  }
  const region = regionOf(request, options.defaultRegion);
  const target = request.headers['x-amz-target'];
  if (target) {
    const prefix = target.slice(0, Math.max(0, target.lastIndexOf('.')));
    const service = registry.services.find((s) => s.targetPrefix === prefix);
    if (service) return { kind: 'service', service, region, via: 'target', ...(credentialScope(request) ? {} : { regionNamed: false as const }) };
  }
  const scope = credentialScope(request);
  if (scope) {
    const service = registry.services.find((s) => s.signingName === scope.service || s.endpointPrefix === scope.service);
    if (service) return { kind: 'service', service, region: service.global?.signingRegion ?? region, via: 'sigv4' };
  }
  // `<domain>.auth.<region>.amazoncognito.com.localhost` stands for `<domain>.auth.<region>.amazoncognito.com` and so on: a site's own host under localhost.
  if (host.endsWith('.localhost')) {
    const stands = byHost(registry, host.slice(0, -'.localhost'.length));
    if (stands) return { ...stands, via: 'site-host' };
  }
  for (const service of registry.services) {
    for (const extra of service.extraRoutes ?? []) {
      const params = extra.match(request.method, request.url.pathname);
      if (params) return { kind: 'service', service, region: regionInPath(params) ?? region, via: 'path' };
    }
  }
  const action = request.url.searchParams.get('Action') ?? formAction(request);
  if (action) {
    const service = registry.services.find((s) => s.protocol.id === 'query' && options.modelOf?.(s)?.actions?.includes(action));
    if (service) return { kind: 'service', service, region: service.global?.signingRegion ?? region, via: 'query-action' };
  }
  return {
    kind: 'none',
    reason: target
      ? `X-Amz-Target ${target} names no service this simulator knows.`
      : `Cannot tell which AWS service ${request.method} ${request.url.pathname} is for: send X-Amz-Target, a SigV4 Authorization header whose credential scope names the service, or a Query Action.`,
  };
}

/** A user pool id names its region: `ap-south-1_aBcDeFgHi`. */
function regionInPath(params: Record<string, string>): string | undefined {
  const id = Object.values(params).find((v) => AWS_REGIONS.has(v.slice(0, v.indexOf('_'))));
  return id?.slice(0, id.indexOf('_'));
}

function formAction(request: WireRequest): string | undefined {
  if (!request.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return undefined;
  return new URLSearchParams(bodyText(request.body)).get('Action') ?? undefined;
}
