/**
 * Cognito identity pools (`cognito-identity`) as the cloud's registry knows them: AWS JSON 1.1 at
 * `cognito-identity.<region>.amazonaws.com` with `X-Amz-Target: AWSCognitoIdentityService.<Action>`. State is per region.
 * GetId (and the credential calls, with STS) are public; managing pools needs a signature.
 */
import { jsonProtocol } from '../protocol/json11';
import type { ServiceModel } from '../protocol/validate';
import type { ExtraRoute, ServiceDescriptor } from '../services';
import type { IdentityPoolActions } from './actions';
import type { IdentityPoolsState } from './model';
import { inspectIdentityPools, type IdentityPoolsView } from './lib/inspect';

const wellKnown = (path: string, action: string): ExtraRoute => ({
  action,
  match: (method, requested) => (method === 'GET' && requested === path ? {} : undefined),
});

export const cognitoIdentity: ServiceDescriptor<IdentityPoolsState, IdentityPoolActions, IdentityPoolsView> = {
  kind: 'service',
  id: 'cognito-identity',
  facade: 'cognitoIdentity',
  participant: 'Identity pool',
  sdk: { boto3: 'cognito-identity', cli: 'cognito-identity', jsPackage: '@aws-sdk/client-cognito-identity', jsClient: 'CognitoIdentityClient' },
  endpointPrefix: 'cognito-identity',
  signingName: 'cognito-identity',
  // Its OpenID tokens' issuer, where their discovery document and keys are public.
  hosts: ['cognito-identity.amazonaws.com'],
  extraRoutes: [wellKnown('/.well-known/openid-configuration', 'GetOpenIdConfiguration'), wellKnown('/.well-known/jwks_uri', 'GetJwks')],
  protocol: jsonProtocol,
  targetPrefix: 'AWSCognitoIdentityService',
  model: () => import('../protocol/models/cognito-identity.json').then((loaded) => loaded.default as unknown as ServiceModel),
  code: () => import('./actions').then((loaded) => loaded.identityPoolCode),
  validationError: 'InvalidParameterException',
  signatureRequired: true,
  unsignedActions: ['GetId', 'GetCredentialsForIdentity', 'GetOpenIdToken', 'UnlinkIdentity'],
  authorization: {
    service: 'cognito-identity',
    scope: (_action, request) => {
      const r = (request ?? {}) as { IdentityPoolId?: unknown; IdentityId?: unknown };
      // SIMPLIFIED: an operation naming only an identity (DescribeIdentity) is judged on every pool of the account, as
      // the pool its identity belongs to is not read here.
      const pool = typeof r.IdentityPoolId === 'string' ? r.IdentityPoolId : '*';
      return { identityPoolId: pool, ...(typeof r.IdentityId === 'string' ? { identityId: r.IdentityId } : {}) };
    },
  },
  stateVersion: 1,
  initialState: () => ({ pools: {}, identities: {}, logins: {}, roles: {}, principalTags: {} }),
  // Snapshots from before roles and principal tag maps existed lack them.
  restore: (state) => ({ roles: {}, principalTags: {}, ...(state as Partial<IdentityPoolsState>) }) as IdentityPoolsState,
  inspect: inspectIdentityPools,
  // An unsigned GetId sent to one local address goes to the region its pool id names.
  locate: (request) => {
    const id = (request as { IdentityPoolId?: unknown; IdentityId?: unknown } | undefined)?.IdentityPoolId ?? (request as { IdentityId?: unknown })?.IdentityId;
    return typeof id === 'string' && id.includes(':') ? id.slice(0, id.indexOf(':')) : undefined;
  },
};
