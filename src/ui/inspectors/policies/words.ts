/** The Policies tab's words: a decision and its reason, a policy's name in a trace, and IAM's refusals of an edit. Pure. */
import { POLICY_MESSAGES, type DecisionKind, type EvaluationTrace, type PolicyType, type StatementRef } from '../../../engine';

export interface Judged {
  decision: DecisionKind;
  reason: PolicyType;
  message?: string;
  trace: EvaluationTrace;
}

const TYPE_WORDS: Record<PolicyType, string> = { identity: 'permissions policy', session: 'session policy', trust: 'trust policy' };

/** `the managed policy "GuestExtras"`, `the permissions policy "permissions"`, `the session policy "Session policy 1"`. */
export function policyLabel(type: PolicyType, name: string | undefined): string {
  if (!name) return `the ${TYPE_WORDS[type]}`;
  const managed = /^arn:aws:iam::[^:]*:policy\/(?:.*\/)?([^/]+)$/.exec(name);
  if (managed) return `the managed policy "${managed[1]}"`;
  return `the ${TYPE_WORDS[type]} "${name}"`;
}

export function statementLabel(ref: Pick<StatementRef, 'statementIndex' | 'sid'>): string {
  return `statement ${ref.statementIndex + 1}${ref.sid ? ` (${ref.sid})` : ''}`;
}

const refsWords = (refs: StatementRef[]) => refs.map((ref) => `${statementLabel(ref)} of ${policyLabel(ref.type, ref.policyName)}`).join(' and ');

/** "Allowed" or "Denied", and why in a sentence. */
export function verdictWords(judged: Judged): { verdict: 'Allowed' | 'Denied'; reason: string } {
  const refs = judged.trace.decidedBy;
  if (judged.decision === 'allow') return { verdict: 'Allowed', reason: `Allowed by ${refsWords(refs)}.` };
  if (judged.decision === 'explicitDeny') return { verdict: 'Denied', reason: `Denied by an explicit Deny: ${refsWords(refs)}. A Deny wins over any Allow.` };
  if (judged.reason === 'session')
    return {
      verdict: 'Denied',
      reason:
        'Denied: no session policy allows it (an implicit deny). The role may allow it, but these credentials are scoped down by session policies, and a request must be allowed by both.',
    };
  if (judged.reason === 'trust') return { verdict: 'Denied', reason: 'Denied: the trust policy does not let this caller assume the role (an implicit deny).' };
  return { verdict: 'Denied', reason: 'Denied: no statement allows it (an implicit deny). Nothing is allowed unless a policy allows it.' };
}

/** IAM's wire code: the Query protocol writes the error shape's name without `Exception` (`MalformedPolicyDocument`). */
export const wireCode = (code: string) => code.replace(/Exception$/, '');

const isJson = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Why IAM refused to save a policy (the text it was sent), in words, with the way on. */
export function refusalWords(error: { code: string; message: string }, text: string): string {
  const code = wireCode(error.code);
  if (code === 'MalformedPolicyDocument') {
    if (error.message === POLICY_MESSAGES.syntax && !isJson(text))
      return 'IAM could not read this policy: it is not valid JSON. Your text is kept: fix it and press Evaluate again.';
    if (error.message === POLICY_MESSAGES.syntax)
      return 'IAM could not read this policy: the JSON is fine, but it is not shaped as a policy (each statement needs an Effect, an Action and a Resource). Your text is kept: fix it and press Evaluate again.';
    return 'IAM read this policy but it is not a valid policy document. Your text is kept: fix it and press Evaluate again.';
  }
  if (code === 'LimitExceeded') return 'A managed policy keeps at most five versions, so IAM refused a sixth. Your text is kept.';
  return 'IAM refused to save this policy. Your text is kept.';
}
