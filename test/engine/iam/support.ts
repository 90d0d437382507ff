/** Shared fixtures for IAM's engine tests: trust and permissions documents, and a role made through the facade. */
import type { Cloud } from '../../../src/engine';

export const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
});

export const READ_BUCKET = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'Read', Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::bucket/*' }],
});

export const DENY_DELETE = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' }],
});

export async function createRole(cloud: Cloud, name = 'app-role', extra: Record<string, unknown> = {}) {
  return (await cloud.iam.createRole({ RoleName: name, AssumeRolePolicyDocument: TRUST, ...extra })).Role;
}
