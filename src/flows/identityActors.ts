/**
 * The flows' door to the identity side, in the style of `cloudActors.ts`: one `fromPromise` actor per AWS action
 * (`getId`, `getCredentialsForIdentity`, `getOpenIdToken` on identity pools, `assumeRoleWithWebIdentity` on STS, and the
 * developer's IAM edits `putRolePolicy` and `updateAssumeRolePolicy`), each calling `cloud.call(<service>, '<Action>', input)`
 * and rejecting with `{ code, message }`; and `signedRequest`, which sends an S3, Sync or IAM request signed with an
 * identity's credentials (`signedFetch`) and resolves with the status, AWS's error code and message, and the signing steps.
 * A 403 is an answer the app shows, not a failure; only a request that gets no answer at all rejects.
 * Machines declare the `identityPlaceholders`; the session supplies `createIdentityActors(cloud)`.
 */
import { fromPromise, type PromiseActorLogic } from 'xstate';
import { cognitoIdentity, cognitoSync, iam, s3, sts, type Cloud } from '../engine';
import { toFlowError } from './cloudActors';
import type {
  AppRequest,
  AssumeRoleWithWebIdentityRequest,
  AssumeRoleWithWebIdentityResponse,
  GetCredentialsForIdentityRequest,
  GetCredentialsForIdentityResponse,
  GetIdRequest,
  GetIdResponse,
  GetOpenIdTokenRequest,
  GetOpenIdTokenResponse,
  PutRolePolicyRequest,
  SignedAnswer,
  SignedRequestInput,
  UpdateAssumeRolePolicyRequest,
} from './identityWire';
import type { SignedRequest } from './signing';
import type { FlowError } from './types';

type Empty = Record<string, unknown>;

/** Request → response of every identity-side call a flow makes. */
interface IdentityCalls {
  getId: [GetIdRequest, GetIdResponse];
  getCredentialsForIdentity: [GetCredentialsForIdentityRequest, GetCredentialsForIdentityResponse];
  getOpenIdToken: [GetOpenIdTokenRequest, GetOpenIdTokenResponse];
  assumeRoleWithWebIdentity: [AssumeRoleWithWebIdentityRequest, AssumeRoleWithWebIdentityResponse];
  putRolePolicy: [PutRolePolicyRequest, Empty];
  updateAssumeRolePolicy: [UpdateAssumeRolePolicyRequest, Empty];
  signedRequest: [SignedRequestInput, SignedAnswer];
}

/** smithy's signer (signing.ts), loaded once with the first signed request. */
let signingModule: Promise<typeof import('./signing')> | undefined;
export const signer = () => (signingModule ??= import('./signing'));

export type IdentityActorName = keyof IdentityCalls;
export type IdentityActors = { [K in IdentityActorName]: PromiseActorLogic<IdentityCalls[K][1], IdentityCalls[K][0]> };

const NAMES: IdentityActorName[] = [
  'getId',
  'getCredentialsForIdentity',
  'getOpenIdToken',
  'assumeRoleWithWebIdentity',
  'putRolePolicy',
  'updateAssumeRolePolicy',
  'signedRequest',
];

/** Stand-ins a machine declares in `setup({ actors })`; they reject until the session provides the real ones. */
export const identityPlaceholders: IdentityActors = Object.fromEntries(
  NAMES.map((name) => [
    name,
    fromPromise(async () => {
      throw { code: 'NotProvided', message: `No cloud actor "${name}" was provided to this machine.` } satisfies FlowError;
    }),
  ]),
) as unknown as IdentityActors;

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toFlowError(error);
  }
}

const seconds = (value: unknown): number => Math.floor((value instanceof Date ? value.getTime() : new Date(value as string).getTime()) / 1000);

/** The URL, method, body and signing name of an app request (hosts built from the services' descriptors). */
export function describeRequest(request: AppRequest, region: string): SignedRequest {
  const s3Host = (bucket: string) => `https://${bucket}.${s3.endpointPrefix}.${region}.amazonaws.com`;
  const objectUrl = (bucket: string, key: string) => `${s3Host(bucket)}/${key.split('/').map(encodeURIComponent).join('/')}`;
  const syncUrl = (r: { identityPoolId: string; identityId: string; dataset: string }) =>
    `https://${cognitoSync.endpointPrefix}.${region}.amazonaws.com/identitypools/${encodeURIComponent(r.identityPoolId)}/identities/${encodeURIComponent(r.identityId)}/datasets/${encodeURIComponent(r.dataset)}`;
  const onS3 = { service: s3.signingName, region };
  const onSync = { service: cognitoSync.signingName, region };
  switch (request.action) {
    case 'PutObject':
      return { ...onS3, method: 'PUT', url: objectUrl(request.bucket, request.key), headers: { 'content-type': 'text/plain' }, body: request.body };
    case 'GetObject':
      return { ...onS3, method: 'GET', url: objectUrl(request.bucket, request.key) };
    case 'ListObjectsV2':
      return { ...onS3, method: 'GET', url: `${s3Host(request.bucket)}/?list-type=2${request.prefix ? `&prefix=${encodeURIComponent(request.prefix)}` : ''}` };
    case 'ListRecords':
      return { ...onSync, method: 'GET', url: `${syncUrl(request)}/records` };
    case 'UpdateRecords':
      return {
        ...onSync,
        method: 'POST',
        url: syncUrl(request),
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ SyncSessionToken: request.syncSessionToken, RecordPatches: request.patches }),
      };
    case 'ListRoles':
      return {
        service: iam.signingName,
        region: iam.global?.signingRegion ?? region,
        method: 'POST',
        url: `https://${iam.global?.host ?? ''}/`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'Action=ListRoles&Version=2010-05-08',
      };
  }
}

const XML_ENTITIES: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const xmlText = (xml: string, tag: string): string | undefined =>
  new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1]?.replace(/&(quot|apos|lt|gt|amp);/g, (e) => XML_ENTITIES[e]!);

/** A response as the app reads it: JSON or text, and on an error AWS's code and message (XML or JSON protocols). */
async function readAnswer(response: Response): Promise<Pick<SignedAnswer, 'code' | 'message' | 'json' | 'text'>> {
  const text = await response.text();
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  const json = isJson && text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  if (response.ok) return json ? { json } : text ? { text } : {};
  if (json) {
    const type = response.headers.get('x-amzn-errortype') ?? (json['__type'] as string | undefined) ?? '';
    const message = (json['message'] ?? json['Message']) as string | undefined;
    return { code: type.split(':')[0]!.split('#').pop() || 'UnknownError', ...(message ? { message } : {}) };
  }
  const code = xmlText(text, 'Code');
  const message = xmlText(text, 'Message');
  return { code: code ?? `Http${response.status}`, ...(message ? { message } : {}) };
}

/** Signs the request with the identity's credentials at the cloud's time, sends it, and reads the answer. */
export async function signedRequest(cloud: Pick<Cloud, 'fetch' | 'clock' | 'region'>, input: SignedRequestInput): Promise<SignedAnswer> {
  const described = describeRequest(input.request, input.region ?? cloud.region);
  const { accessKeyId, secretAccessKey, sessionToken } = input.credentials;
  // smithy's signer loads with the first signed request, not with the flows.
  const { signedFetch } = await signer();
  const { response, steps } = await signedFetch(cloud, { accessKeyId, secretAccessKey, sessionToken }, described);
  const answer = await readAnswer(response);
  return {
    request: input.request,
    method: described.method,
    url: described.url,
    status: response.status,
    ok: response.ok,
    ...answer,
    ...(steps ? { steps } : {}),
  };
}

/** The real actors: identity pools, STS and IAM through `cloud.call`, and the app's signed requests through `cloud.fetch`. */
export function createIdentityActors(cloud: Cloud): IdentityActors {
  const on = <I, O>(run: (input: I) => Promise<O>) => fromPromise(({ input }: { input: I }) => call(() => run(input)));
  const invoke = (service: Parameters<Cloud['call']>[0], action: string) => (input: unknown) =>
    cloud.call(service, action as never, input as never) as Promise<never>;
  return {
    getId: on(invoke(cognitoIdentity, 'GetId')),
    getCredentialsForIdentity: on(invoke(cognitoIdentity, 'GetCredentialsForIdentity')),
    getOpenIdToken: on(invoke(cognitoIdentity, 'GetOpenIdToken')),
    assumeRoleWithWebIdentity: on(async (input: AssumeRoleWithWebIdentityRequest) => {
      const answer = (await cloud.call(sts, 'AssumeRoleWithWebIdentity' as never, input as never)) as unknown as AssumeRoleWithWebIdentityResponse;
      return { ...answer, Credentials: { ...answer.Credentials, Expiration: seconds(answer.Credentials.Expiration) } };
    }),
    putRolePolicy: on(invoke(iam, 'PutRolePolicy')),
    updateAssumeRolePolicy: on(invoke(iam, 'UpdateAssumeRolePolicy')),
    signedRequest: on((input: SignedRequestInput) => signedRequest(cloud, input)),
  } as unknown as IdentityActors;
}
