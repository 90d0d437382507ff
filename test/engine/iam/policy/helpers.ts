/** Shared fixtures for the IAM policy evaluator's tests. */
import type { EvaluationRequest, RequestPrincipal } from '../../../../src/engine';

export const ROLE_SESSION: RequestPrincipal = {
  arn: 'arn:aws:sts::123456789012:assumed-role/Cognito_PoolAuth_Role/CognitoIdentityCredentials',
  type: 'AssumedRole',
  userid: 'AROACLKWSDQRAOEXAMPLE:CognitoIdentityCredentials',
};

export const IDENTITY_ID = 'us-east-1:12345678-1234-1234-1234-123456790ab';
export const POOL_ID = 'us-east-1:12345678-corner-cafe-123456790ab';

export function request(
  action: string,
  resource: string,
  context: EvaluationRequest['context'] = {},
  principal: RequestPrincipal = ROLE_SESSION,
): EvaluationRequest {
  return { principal, action, resource, context };
}

/** A one-statement 2012-10-17 policy. */
export function statement(s: Record<string, unknown>, version = '2012-10-17') {
  return { Version: version, Statement: [s] };
}

export const allow = (action: string | string[], resource: string | string[] = '*', extra: Record<string, unknown> = {}) =>
  statement({ Effect: 'Allow', Action: action, Resource: resource, ...extra });

/** A policy allowing everything under one condition block. */
export const allowIf = (condition: Record<string, unknown>) => allow('*', '*', { Condition: condition });
