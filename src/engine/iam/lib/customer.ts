/** The account's own managed policies, which (unlike AWS's) it may change or delete. */
import type { IamState, PolicyRecord } from '../model';
import { isAwsManagedArn } from './awsManaged';
import { IAM_MESSAGES, unmodifiable } from './errors';
import { requirePolicy } from './policies';

/** A customer managed policy to change: NoSuchEntity when there is none, UnmodifiableEntity [U] for an AWS managed one. */
export function requireCustomerPolicy(state: IamState, arn: string): PolicyRecord {
  const policy = requirePolicy(state, arn);
  if (isAwsManagedArn(arn)) throw unmodifiable(IAM_MESSAGES.awsManagedReadOnly(arn));
  return policy;
}
