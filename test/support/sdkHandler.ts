import { Readable } from 'node:stream';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Cloud } from '../../src/engine';
import { ADMIN } from './sign';

/** The parts of the SDK's HttpRequest we read (smithy's `HttpRequest`). */
interface SdkHttpRequest {
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query?: Record<string, string | string[] | null>;
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** A `requestHandler` for AWS SDK v3 clients that answers from `cloud.fetch` in-process: the SDK's own bytes, no network. */
export function cloudRequestHandler(cloud: Pick<Cloud, 'fetch'>) {
  return {
    async handle(request: SdkHttpRequest) {
      const url = new URL(`${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}${request.path}`);
      for (const [key, value] of Object.entries(request.query ?? {})) for (const v of [value ?? ''].flat()) url.searchParams.append(key, v);
      const response = await cloud.fetch(url, {
        method: request.method,
        headers: request.headers,
        body: typeof request.body === 'string' || !request.body ? (request.body ?? null) : Uint8Array.from(request.body),
      });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => (headers[key] = value));
      return { response: { statusCode: response.status, headers, body: Readable.from(Buffer.from(await response.arrayBuffer())) } };
    },
  };
}

/** The real cognito-idp SDK client, wired to a simulated cloud: dummy credentials, one attempt (no retries hiding errors). */
export function sdkClient(cloud: Pick<Cloud, 'fetch' | 'region'>): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    region: cloud.region,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
    requestHandler: cloudRequestHandler(cloud),
    maxAttempts: 1,
  });
}

/** Signing credentials as SDK v3 clients take them. */
export interface ClientCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * What every real SDK v3 client gets against a simulated cloud: its handler, one attempt (no retries hiding errors) and a
 * clock offset, so its signatures are current at the cloud's time. `new IAMClient(cloudClientConfig(cloud))`.
 */
export function cloudClientConfig(cloud: Pick<Cloud, 'fetch' | 'clock' | 'region'>, credentials: ClientCredentials = ADMIN, region: string = cloud.region) {
  return { region, credentials, requestHandler: cloudRequestHandler(cloud), maxAttempts: 1, systemClockOffset: cloud.clock.now() - Date.now() };
}
