/**
 * Cognito user pools (`cognito-idp`) as the cloud's registry knows them: AWS JSON 1.1 at
 * `cognito-idp.<region>.amazonaws.com` with `X-Amz-Target: AWSCognitoIdentityProviderService.<Action>`, plus the pool's
 * `GET /<userPoolId>/.well-known/jwks.json` and `openid-configuration`. State is per region.
 */
import type { ExtraRoute, ServiceDescriptor } from '../services';
import { jsonProtocol } from '../protocol/json11';
import type { ServiceModel } from '../protocol/validate';
import type { CognitoIdpActions } from './actions';
import { inspectUserPools, type UserPoolsView } from './lib/inspect';
import { locateUserPoolRequest } from './lib/locate';
import { restoreUserPools, type UserPoolsState } from './model';

const WELL_KNOWN = /^\/([\w-]+_[0-9a-zA-Z]+)\/\.well-known\/(jwks\.json|openid-configuration)$/;

const wellKnown = (document: string, action: string): ExtraRoute => ({
  action,
  match(method, path) {
    const found = method === 'GET' ? WELL_KNOWN.exec(path) : null;
    return found && found[2] === document ? { UserPoolId: found[1]! } : undefined;
  },
});

export const cognitoIdp: ServiceDescriptor<UserPoolsState, CognitoIdpActions, UserPoolsView> = {
  kind: 'service',
  id: 'cognito-idp',
  facade: 'cognitoIdp',
  participant: 'User pool',
  sdk: { boto3: 'cognito-idp', cli: 'cognito-idp', jsPackage: '@aws-sdk/client-cognito-identity-provider', jsClient: 'CognitoIdentityProviderClient' },
  endpointPrefix: 'cognito-idp',
  signingName: 'cognito-idp',
  protocol: jsonProtocol,
  targetPrefix: 'AWSCognitoIdentityProviderService',
  model: () => import('../protocol/models/cognito-idp.json').then((loaded) => loaded.default as unknown as ServiceModel),
  code: () => import('./actions').then((loaded) => loaded.cognitoIdpCode),
  validationError: 'InvalidParameterException',
  stateVersion: 2,
  initialState: () => ({ pools: {}, domains: {} }),
  restore: restoreUserPools,
  restorable: [1],
  locate: locateUserPoolRequest,
  inspect: inspectUserPools,
  extraRoutes: [wellKnown('jwks.json', 'GetJwks'), wellKnown('openid-configuration', 'GetOpenIdConfiguration')],
};
