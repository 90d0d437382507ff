import type { ActionContext } from '../context';
import { CloudError } from '../errors';
import { parseJsonBody, parseTarget } from '../protocol/json11';
import { dropNullMembers, validateRequest, type ServiceModel } from '../protocol/validate';
import model from '../protocol/models/cognito-idp.json';
import { findAction } from './actions';
import { jwks, openIdConfiguration } from './wellKnown';

export const COGNITO_IDP_TARGET_PREFIX = 'AWSCognitoIdentityProviderService';

export interface ServiceCall {
  action: string;
  request: unknown;
  /** A JSON 1.1 answer body; for GET documents the JSON served. */
  run(): Promise<unknown>;
}

/**
 * Routes a request to cognito-idp.<region>.amazonaws.com: `POST /` with `X-Amz-Target: AWSCognitoIdentityProviderService.<Action>`,
 * or `GET /<userPoolId>/.well-known/jwks.json | openid-configuration`.
 */
export function routeCognitoIdp(ctx: ActionContext, method: string, path: string, target: string | undefined, body: string): ServiceCall {
  const wellKnown = /^\/([\w-]+_[0-9a-zA-Z]+)\/\.well-known\/(jwks\.json|openid-configuration)$/.exec(path);
  if (method === 'GET' && wellKnown) {
    const [, poolId, document] = wellKnown as unknown as [string, string, string];
    return {
      action: document === 'jwks.json' ? 'GetJwks' : 'GetOpenIdConfiguration',
      request: { UserPoolId: poolId },
      run: async () => (document === 'jwks.json' ? jwks(ctx, poolId) : openIdConfiguration(ctx, poolId)),
    };
  }
  const action = target?.slice(target.lastIndexOf('.') + 1) || 'Unknown';
  let request: unknown = body;
  return {
    action,
    get request() {
      return request;
    },
    run: async () => {
      if (method !== 'POST' || path !== '/') {
        throw new CloudError('UnknownOperationException', `No operation at ${method} ${path}.`, 404);
      }
      const name = parseTarget(target ?? null, COGNITO_IDP_TARGET_PREFIX);
      request = parseJsonBody(body);
      const handler = findAction(name);
      if (!handler) throw new CloudError('UnknownOperationException', '');
      validateRequest(model as ServiceModel, name, request);
      return handler(ctx, dropNullMembers(request));
    },
  };
}
