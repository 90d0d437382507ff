/**
 * How the app signs a request with AWS credentials (an identity's temporary ones): smithy's SigV4 signer, the one the AWS
 * SDKs use, never by hand. Beside the answer it keeps the signer's intermediate values (canonical request, string to sign,
 * signature), recomputed with the front door's own maths (engine `signingSteps`), for the Requests view to show.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import { s3 as s3Service, signingSteps, type Cloud, type SigningSteps } from '../engine';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface SignedExchange {
  response: Response;
  /** The headers as signed (including `authorization`, `x-amz-date` and, for a session, `x-amz-security-token`). */
  headers: Record<string, string>;
  steps: SigningSteps | undefined;
}

export interface SignedRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string;
  /** The signing name (`s3`, `sts`, …) and region of the credential scope. */
  service: string;
  region: string;
}

/** Signs a request at the cloud's time and sends it through `cloud.fetch`. */
export async function signedFetch(cloud: Pick<Cloud, 'fetch' | 'clock'>, credentials: AwsCredentials, request: SignedRequest): Promise<SignedExchange> {
  const url = new URL(request.url);
  const s3 = request.service === s3Service.signingName;
  const signer = new SignatureV4({ credentials, region: request.region, service: request.service, sha256: Sha256, uriEscapePath: !s3, applyChecksum: s3 });
  const body = request.body ?? '';
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: url.protocol,
      hostname: url.hostname,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: { host: url.host, ...request.headers },
      body,
    },
    { signingDate: new Date(cloud.clock.now()) },
  );
  const headers = Object.fromEntries(Object.entries(signed.headers).map(([name, value]) => [name.toLowerCase(), value]));
  const steps = signingSteps({ method: request.method, url, headers, body }, credentials.secretAccessKey);
  const response = await cloud.fetch(url, { method: request.method, headers, body: body || null });
  return { response, headers, steps };
}
