/**
 * The sync-devices flow's own actors, beside the identity actors (`identityActors.ts`): each device's ListRecords and
 * UpdateRecords signed with that device's credentials (`signedFetch`), with what the mobile SDKs send and the generic
 * `signedRequest` does not (ListRecords' `lastSyncCount`, UpdateRecords' DeviceId and DeviceLastModifiedDate); and the
 * device's clock, which dates local edits. A refusal rejects with AWS's `{ code, message }`, so the machine's `onError`
 * can tell a ResourceConflictException from the rest.
 */
import { fromPromise, type PromiseActorLogic } from 'xstate';
import { cognitoSync, type Cloud } from '../../engine';
import { toFlowError } from '../cloudActors';
import type { HeldCredentials } from '../identityWire';
import type { FlowError } from '../types';
import type { DevicePatch, RemoteRecord } from './deviceStore';
import { signer } from '../identityActors';

export interface DatasetAddress {
  credentials: HeldCredentials;
  region: string;
  identityPoolId: string;
  identityId: string;
  dataset: string;
}

export interface ListRecordsInput extends DatasetAddress {
  lastSyncCount: number;
}
export interface ListRecordsAnswer {
  Records: RemoteRecord[];
  DatasetSyncCount: number;
  SyncSessionToken: string;
  /** The cloud's time of the answer, epoch ms: when the device took the records in. */
  receivedAt: number;
}

export interface UpdateRecordsInput extends DatasetAddress {
  syncSessionToken: string;
  deviceId: string;
  patches: DevicePatch[];
}
export interface UpdateRecordsAnswer {
  Records: RemoteRecord[];
}

interface SyncDeviceCalls {
  syncListRecords: [ListRecordsInput, ListRecordsAnswer];
  syncUpdateRecords: [UpdateRecordsInput, UpdateRecordsAnswer];
  deviceClock: [Record<string, never>, number];
}
export type SyncDeviceActors = { [K in keyof SyncDeviceCalls]: PromiseActorLogic<SyncDeviceCalls[K][1], SyncDeviceCalls[K][0]> };

export const syncDevicePlaceholders: SyncDeviceActors = Object.fromEntries(
  (['syncListRecords', 'syncUpdateRecords', 'deviceClock'] as const).map((name) => [
    name,
    fromPromise(async () => {
      throw { code: 'NotProvided', message: `No cloud actor "${name}" was provided to this machine.` } satisfies FlowError;
    }),
  ]),
) as unknown as SyncDeviceActors;

const datasetUrl = (a: DatasetAddress) =>
  `https://${cognitoSync.endpointPrefix}.${a.region}.amazonaws.com/identitypools/${encodeURIComponent(a.identityPoolId)}/identities/${encodeURIComponent(a.identityId)}/datasets/${encodeURIComponent(a.dataset)}`;

/** Sends a signed Sync request and reads its JSON; an error answer rejects with AWS's code (`x-amzn-ErrorType`) and message. */
async function send<T>(cloud: Pick<Cloud, 'fetch' | 'clock'>, address: DatasetAddress, method: string, url: string, body?: object): Promise<T> {
  const { accessKeyId, secretAccessKey, sessionToken } = address.credentials;
  // smithy's signer loads with the first signed request, out of the flows' chunk.
  const { signedFetch } = await signer();
  const { response } = await signedFetch(
    cloud,
    { accessKeyId, secretAccessKey, sessionToken },
    {
      method,
      url,
      service: cognitoSync.signingName,
      region: address.region,
      ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
    },
  );
  const text = await response.text();
  const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!response.ok) {
    const type = response.headers.get('x-amzn-errortype') ?? String(json['__type'] ?? '');
    const code = type.split(':')[0]!.split('#').pop() || `Http${response.status}`;
    throw { code, message: String(json['message'] ?? json['Message'] ?? '') } satisfies FlowError;
  }
  return json as T;
}

export async function syncListRecords(cloud: Pick<Cloud, 'fetch' | 'clock'>, input: ListRecordsInput): Promise<ListRecordsAnswer> {
  const url = `${datasetUrl(input)}/records?lastSyncCount=${input.lastSyncCount}`;
  const answer = await send<Omit<ListRecordsAnswer, 'receivedAt'>>(cloud, input, 'GET', url);
  return { Records: answer.Records ?? [], DatasetSyncCount: answer.DatasetSyncCount, SyncSessionToken: answer.SyncSessionToken, receivedAt: cloud.clock.now() };
}

export async function syncUpdateRecords(cloud: Pick<Cloud, 'fetch' | 'clock'>, input: UpdateRecordsInput): Promise<UpdateRecordsAnswer> {
  const body = { DeviceId: input.deviceId, SyncSessionToken: input.syncSessionToken, RecordPatches: input.patches };
  const answer = await send<UpdateRecordsAnswer>(cloud, input, 'POST', datasetUrl(input), body);
  return { Records: answer.Records ?? [] };
}

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toFlowError(error);
  }
}

export function createSyncDeviceActors(cloud: Cloud): SyncDeviceActors {
  return {
    syncListRecords: fromPromise(({ input }: { input: ListRecordsInput }) => call(() => syncListRecords(cloud, input))),
    syncUpdateRecords: fromPromise(({ input }: { input: UpdateRecordsInput }) => call(() => syncUpdateRecords(cloud, input))),
    deviceClock: fromPromise(async () => cloud.clock.now()),
  };
}
