import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Cloud } from '../../src/engine';
import { ADMIN_ACCESS_KEY_ID, ADMIN_SECRET_ACCESS_KEY } from '../../src/engine';

export const ADMIN = { accessKeyId: ADMIN_ACCESS_KEY_ID, secretAccessKey: ADMIN_SECRET_ACCESS_KEY };

export interface SignOptions {
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  region?: string;
  service?: string;
  /** When the request is signed, epoch ms (default: the cloud's clock). */
  at?: number;
  headers?: Record<string, string>;
  method?: string;
  /** Signed headers to leave out of what is sent, as a browser's fetch leaves out `host` and `content-length`. */
  drop?: string[];
}

/**
 * A request's headers signed by smithy's SigV4 signer (the SDK's own) at the cloud's time. For S3 the path is not
 * encoded twice and `x-amz-content-sha256` is sent, as the S3 client signs.
 */
export async function signedHeaders(
  cloud: Cloud,
  url: string,
  body: string | Uint8Array,
  options: SignOptions = {},
): Promise<{ method: string; headers: Record<string, string> }> {
  const target = new URL(url);
  const service = options.service ?? (/(^|\.)s3\./.test(target.hostname) ? 's3' : target.hostname.split('.')[0]!);
  const signer = new SignatureV4({
    credentials: options.credentials ?? ADMIN,
    region: options.region ?? cloud.region,
    service,
    sha256: Sha256,
    uriEscapePath: service !== 's3',
    applyChecksum: service === 's3',
  });
  const formBody = typeof body === 'string' && body && service !== 's3';
  const signed = await signer.sign(
    {
      method: options.method ?? 'POST',
      protocol: target.protocol,
      hostname: target.hostname,
      path: target.pathname,
      query: Object.fromEntries(target.searchParams),
      headers: { host: target.host, ...(formBody ? { 'content-type': 'application/x-www-form-urlencoded' } : {}), ...options.headers },
      body,
    },
    { signingDate: new Date(options.at ?? cloud.clock.now()) },
  );
  const headers = Object.fromEntries(Object.entries(signed.headers).filter(([name]) => !options.drop?.includes(name.toLowerCase())));
  return { method: signed.method, headers };
}

/** A request signed by smithy's SigV4 signer at the cloud's time, sent through `cloud.fetch`. */
export async function sendSigned(cloud: Cloud, url: string, body: string, options: SignOptions = {}): Promise<Response> {
  const { method, headers } = await signedHeaders(cloud, url, body, options);
  return cloud.fetch(url, { method, headers, body: body || null });
}
