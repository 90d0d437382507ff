/**
 * AWS Identity and Access Management (`iam`) as the cloud's registry knows it: AWS Query (form in, XML out) at the one
 * global host `iam.amazonaws.com`, signed for `us-east-1`. Its state is one per account: roles and managed policies
 * are global. Every action needs a signature; a role session's requests are authorized by IAM itself.
 */
import { lazyQuery } from '../protocol/lazy';
import type { ServiceModel } from '../protocol/validate';
import type { ServiceDescriptor } from '../services';
import type { IamActions } from './actions';
import { iamScope } from './lib/authorizationScope';
import { inspectIam, type IamView } from './lib/inspect';
import type { IamState } from './model';

export const iam: ServiceDescriptor<IamState, IamActions, IamView> = {
  kind: 'service',
  id: 'iam',
  facade: 'iam',
  participant: 'IAM',
  sdk: { boto3: 'iam', cli: 'iam', jsPackage: '@aws-sdk/client-iam', jsClient: 'IAMClient' },
  endpointPrefix: 'iam',
  signingName: 'iam',
  global: { host: 'iam.amazonaws.com', signingRegion: 'us-east-1' },
  // Authorization reads the roles and policies of this state (cloud.ts).
  iamStore: true,
  protocol: lazyQuery,
  // Query and its XML builder load with the model, out of the initial bundle.
  model: () => Promise.all([import('../protocol/models/iam.json'), lazyQuery.load()]).then(([loaded]) => loaded.default as unknown as ServiceModel),
  code: () => import('./actions').then((loaded) => loaded.iamCode),
  validationError: 'ValidationError',
  signatureRequired: true,
  // A role session's IAM request is judged on the role or managed policy it names (iam/policy/actions.ts).
  authorization: {
    service: 'iam',
    // [U] a PolicyArn that names no policy is judged as sent (the action then refuses it).
    scope: (action, request) => iamScope(action, request),
  },
  // Version 2 adds the identity providers; a version 1 snapshot has none.
  stateVersion: 2,
  restorable: [1],
  initialState: () => ({ roles: {}, policies: {}, oidcProviders: {}, samlProviders: {} }),
  restore: (state) => ({ oidcProviders: {}, samlProviders: {}, ...(state as Partial<IamState>) }) as IamState,
  inspect: inspectIam,
};
