/**
 * AWS Security Token Service (`sts`) as the cloud's registry knows it: AWS Query (form in, XML out) at
 * `sts.<region>.amazonaws.com` and the legacy global `sts.amazonaws.com`. Its state is one per account: credentials it
 * issues work in every region.
 */
import { lazyQuery } from '../protocol/lazy';
import type { ServiceModel } from '../protocol/validate';
import type { ServiceDescriptor } from '../services';
import type { StsActions } from './actions';
import type { StsState } from './model';
import { issuedCredentials } from './lib/credentials';
import { inspectSts, type StsView } from './lib/inspect';

export type { StsState } from './model';

export const sts: ServiceDescriptor<StsState, StsActions, StsView> = {
  kind: 'service',
  id: 'sts',
  facade: 'sts',
  participant: 'STS',
  sdk: { boto3: 'sts', cli: 'sts', jsPackage: '@aws-sdk/client-sts', jsClient: 'STSClient' },
  endpointPrefix: 'sts',
  signingName: 'sts',
  global: { host: 'sts.amazonaws.com', signingRegion: 'us-east-1' },
  protocol: lazyQuery,
  // Query and its XML builder load with the model, out of the initial bundle.
  model: () => Promise.all([import('../protocol/models/sts.json'), lazyQuery.load()]).then(([loaded]) => loaded.default as unknown as ServiceModel),
  code: () => import('./actions').then((loaded) => loaded.stsCode),
  validationError: 'ValidationError',
  signatureRequired: true,
  unsignedActions: ['AssumeRoleWithWebIdentity', 'AssumeRoleWithSAML'],
  authorization: {
    service: 'sts',
    // The role AssumeRole names, GetFederationToken's federated user.
    scope: (_action, request) => {
      const r = (request ?? {}) as { RoleArn?: unknown; Name?: unknown };
      return { ...(typeof r.RoleArn === 'string' ? { roleArn: r.RoleArn } : {}), ...(typeof r.Name === 'string' ? { name: r.Name } : {}) };
    },
  },
  stateVersion: 2,
  restorable: [1],
  initialState: () => ({ credentials: {} }),
  issuedCredentials,
  inspect: inspectSts,
  // State version 1 kept nothing (`{ version: 1 }`): it becomes an empty store.
  restore: (state) => (state && typeof state === 'object' && 'credentials' in state ? (state as StsState) : { credentials: {} }),
};
