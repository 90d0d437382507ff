import { parseXml } from '../../../src/engine/protocol/xml';
import { newCloud } from '../../support/cloud';
import { signedHeaders } from '../../support/sign';

export type TestCloud = Awaited<ReturnType<typeof newCloud>>;

/**
 * A raw request to the cloud, as any HTTP client would send it, signed with the administrator's example pair unless it
 * is `anonymous` or carries its own `authorization`; the answer's status, headers and body.
 */
export async function send(
  cloud: TestCloud,
  method: string,
  url: string,
  init: { headers?: Record<string, string>; body?: string | Uint8Array; anonymous?: boolean; region?: string; local?: boolean } = {},
) {
  const own = init.headers ?? {};
  const region = init.region ?? /\.s3\.([a-z0-9-]+)\.amazonaws\.com$/.exec(new URL(url).hostname)?.[1] ?? 'us-east-1';
  const headers =
    init.anonymous || Object.keys(own).some((h) => h.toLowerCase() === 'authorization')
      ? own
      : (await signedHeaders(cloud, url, init.body ?? '', { method, headers: own, region, service: 's3' })).headers;
  const request = { method, headers, ...(init.body !== undefined ? { body: init.body as BodyInit } : {}) };
  const response = await (init.local ? cloud.fetchLocal(url, request) : cloud.fetch(url, request));
  const answered: Record<string, string> = {};
  response.headers.forEach((value, key) => (answered[key] = value));
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, headers: answered, bytes, text: new TextDecoder().decode(bytes) };
}

/** The elements of an S3 `<Error>` document, by name. */
export function errorOf(xml: string): Record<string, string> {
  const { name, element } = parseXml(xml);
  if (name !== 'Error') throw new Error(`not an S3 error document: ${xml}`);
  return Object.fromEntries(
    Object.entries(element).flatMap(([k, v]) =>
      Array.isArray(v) && typeof v[0] === 'object' ? [[k, String((v[0] as { '#text'?: string })['#text'] ?? '')]] : [],
    ),
  );
}

/** A cloud with a bucket in `region`. */
export async function cloudWithBucket(bucket = 'demo-bucket', region = 'eu-west-1'): Promise<TestCloud> {
  const cloud = await newCloud();
  const body = region === 'us-east-1' ? '' : `<CreateBucketConfiguration><LocationConstraint>${region}</LocationConstraint></CreateBucketConfiguration>`;
  const created = await send(cloud, 'PUT', `https://s3.${region}.amazonaws.com/${bucket}`, { body });
  if (created.status !== 200) throw new Error(`CreateBucket failed: ${created.text}`);
  return cloud;
}
