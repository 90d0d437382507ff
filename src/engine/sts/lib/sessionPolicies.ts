/**
 * Session policies of an AssumeRole* request: the inline `Policy` (validated as IAM validates a session policy) and the
 * managed policies `PolicyArns` names (read from IAM at their default version). The session's permissions are the
 * intersection of the role's policies and these. AWS packs them with the session tags into the session token and
 * answers PackedPolicySize, the percentage of the limit they use.
 */
import { findPolicy, defaultDocument } from '../../iam/lib/policies';
import type { IamState } from '../../iam/model';
import { validatePolicyDocument } from '../../iam/policy';
import { CloudError } from '../../kernel/errors';
import { STS_MESSAGES } from './messages';

/** STS API reference: inline and managed session policies' plaintext may not exceed 2,048 characters together. */
const PLAINTEXT_LIMIT = 2048;

export interface SessionPolicies {
  /** The documents, as JSON text: the inline policy first, then the managed ones in the order named. */
  documents: string[];
  /** Undefined when the request named no session policy. */
  packedPolicySize?: number;
}

export function sessionPoliciesOf(iam: IamState, policy: string | undefined, policyArns: readonly { arn?: string }[] | undefined): SessionPolicies {
  const documents: string[] = [];
  if (policy !== undefined) {
    const problem = validatePolicyDocument(policy, 'session');
    if (problem) throw new CloudError('MalformedPolicyDocumentException', problem);
    documents.push(policy);
  }
  for (const { arn = '' } of policyArns ?? []) {
    const managed = findPolicy(iam, arn);
    if (!managed) throw new CloudError('MalformedPolicyDocumentException', STS_MESSAGES.noSuchPolicy(arn));
    documents.push(defaultDocument(managed));
  }
  if (policy === undefined && !policyArns?.length) return { documents };
  // SIMPLIFIED [U]: AWS's packing is a compression of its own; the size here is the plaintext's share of the limit (the
  // inline policy without whitespace, and each managed policy's ARN).
  const plaintext = (policy ? JSON.stringify(JSON.parse(policy)).length : 0) + (policyArns ?? []).reduce((n, p) => n + (p.arn ?? '').length, 0);
  const packedPolicySize = Math.ceil((100 * plaintext) / PLAINTEXT_LIMIT);
  if (packedPolicySize > 100) throw new CloudError('PackedPolicyTooLargeException', STS_MESSAGES.packedTooLarge);
  return { documents, packedPolicySize };
}
