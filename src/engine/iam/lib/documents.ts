/** Checking a policy document before IAM stores it: MalformedPolicyDocument with IAM's words when it would refuse it. */
import { validatePolicyDocument } from '../policy';
import type { PolicyKind } from '../policy/types';
import { malformedPolicy } from './errors';

export function checkDocument(document: string, kind: PolicyKind): void {
  const problem = validatePolicyDocument(document, kind);
  if (problem !== undefined) throw malformedPolicy(problem);
}
