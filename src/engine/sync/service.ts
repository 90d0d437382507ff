/**
 * Amazon Cognito Sync (`cognito-sync`) as the cloud's registry knows it: REST-JSON at `cognito-sync.<region>.amazonaws.com`
 * (`/identitypools/{pool}/identities/{identity}/datasets/{name}[/records]`), every call signed. State is per region: each
 * identity's datasets of key-value records, and the sync session tokens ListRecords hands out. A request made with a role
 * session's credentials is authorized by IAM on the dataset it names.
 * AWS closed Cognito Sync to new customers from July 30, 2026 (existing ones may go on; AWS points new apps to AppSync).
 */
import { lazyProtocol } from '../protocol/lazy';
import type { ServiceModel } from '../protocol/validate';
import type { ServiceDescriptor } from '../services';
import type { SyncActions } from './actions';
import type { SyncState } from './model';

// REST-JSON loads with the model, out of the initial bundle (a lesson that never syncs never downloads it).
const protocol = lazyProtocol('rest-json', () => import('../protocol/restJson').then((loaded) => loaded.restJson));

export const cognitoSync: ServiceDescriptor<SyncState, SyncActions> = {
  kind: 'service',
  id: 'cognito-sync',
  facade: 'cognitoSync',
  participant: 'Cognito Sync',
  sdk: { boto3: 'cognito-sync', cli: 'cognito-sync', jsPackage: '@aws-sdk/client-cognito-sync', jsClient: 'CognitoSyncClient' },
  endpointPrefix: 'cognito-sync',
  signingName: 'cognito-sync',
  protocol,
  model: () => Promise.all([import('../protocol/models/cognito-sync.json'), protocol.load()]).then(([loaded]) => loaded.default as unknown as ServiceModel),
  code: () => import('./actions').then((loaded) => loaded.syncCode),
  validationError: 'InvalidParameterException',
  signatureRequired: true,
  // A role session's request is judged on the dataset, identity or pool it names (iam/policy/actions.ts): an identity's
  // own credentials reach its own datasets under `…/identity/${cognito-identity.amazonaws.com:sub}/*`.
  authorization: {
    service: 'cognito-sync',
    scope: (_action, request) => {
      const r = (request ?? {}) as { IdentityPoolId?: unknown; IdentityId?: unknown; DatasetName?: unknown };
      return {
        ...(typeof r.IdentityPoolId === 'string' ? { identityPoolId: r.IdentityPoolId } : {}),
        ...(typeof r.IdentityId === 'string' ? { identityId: r.IdentityId } : {}),
        ...(typeof r.DatasetName === 'string' ? { datasetName: r.DatasetName } : {}),
      };
    },
  },
  stateVersion: 1,
  initialState: () => ({ datasets: {}, sessions: {}, merged: {} }),
  // Snapshots from before merges were applied here lack the record of them.
  restore: (state) => ({ merged: {}, ...(state as Partial<SyncState>) }) as SyncState,
};
