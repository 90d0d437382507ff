/**
 * IAM's policy evaluation logic (IAM User Guide: "Policy evaluation logic"), for one account: every request starts
 * implicitly denied; an applicable Deny in any policy decides (explicit deny); otherwise an identity-based policy must
 * allow, and, when the session has session policies, one of them must allow too (the effective permissions are the
 * intersection). A role's trust policy decides `sts:AssumeRole*`, its Principal naming the caller.
 */
import { evaluateConditions } from './conditions';
import { actionMatches, principalMatch, principalPatterns, resourceMatches } from './match';
import { accessDeniedMessage } from './messages';
import { parsePolicy, unwrapPolicyInput } from './parse';
import { requestKeys, substitute, type KeyLookup, type Substituted } from './variables';
import type {
  ElementTrace,
  EvaluationRequest,
  EvaluationResult,
  ParsedPolicy,
  PolicyInput,
  PolicySet,
  PolicyStatement,
  PolicyTrace,
  PolicyType,
  PolicyVersion,
  StatementRef,
  StatementTrace,
} from './types';

function actionTrace(s: PolicyStatement, action: string): ElementTrace {
  const negated = s.notAction !== undefined;
  const patterns = s.notAction ?? s.action ?? [];
  const matchedPattern = patterns.find((p) => actionMatches(p, action));
  const t: ElementTrace = {
    element: negated ? 'NotAction' : 'Action',
    patterns,
    applies: negated ? matchedPattern === undefined : matchedPattern !== undefined,
  };
  if (matchedPattern !== undefined) t.matchedPattern = matchedPattern;
  return t;
}

/**
 * Variables in a Resource only in the ARN's resource part, after the fifth colon (IAM User Guide, "Where you can use
 * policy variables"); before it they are plain text.
 */
function substituteResource(pattern: string, version: PolicyVersion, lookup: KeyLookup): Substituted {
  const parts = pattern.split(':');
  if (parts.length < 6) return substitute(pattern, version, lookup);
  const head = `${parts.slice(0, 5).join(':')}:`;
  const tail = substitute(parts.slice(5).join(':'), version, lookup);
  return { text: head + tail.text, pieces: [{ text: head, literal: false }, ...tail.pieces], unresolved: tail.unresolved };
}

function resourceTrace(s: PolicyStatement, resource: string, version: PolicyVersion, lookup: KeyLookup): ElementTrace | undefined {
  const raw = s.notResource ?? s.resource;
  if (!raw) return undefined;
  const negated = s.notResource !== undefined;
  const subs = raw.map((r) => substituteResource(r, version, lookup));
  const t: ElementTrace = { element: negated ? 'NotResource' : 'Resource', patterns: subs.map((x) => x.text), applies: false };
  const unresolved = raw.filter((_, i) => (subs[i]?.unresolved.length ?? 0) > 0);
  if (unresolved.length) t.unresolved = unresolved;
  for (const sub of subs) {
    // A resource whose variable has no value matches nothing.
    if (sub.unresolved.length) continue;
    const { matched, note } = resourceMatches(sub.pieces, resource);
    if (note && !t.note) t.note = note;
    if (matched) {
      t.matchedPattern = sub.text;
      break;
    }
  }
  t.applies = negated ? t.matchedPattern === undefined : t.matchedPattern !== undefined;
  return t;
}

function principalTrace(s: PolicyStatement, request: EvaluationRequest): ElementTrace | undefined {
  const block = s.notPrincipal ?? s.principal;
  if (!block) return undefined;
  const negated = s.notPrincipal !== undefined;
  const matched = principalMatch(block, request.principal);
  const t: ElementTrace = { element: negated ? 'NotPrincipal' : 'Principal', patterns: principalPatterns(block), applies: negated ? !matched : !!matched };
  if (matched) t.matchedPattern = matched;
  return t;
}

function statementTrace(s: PolicyStatement, policy: ParsedPolicy, type: PolicyType, request: EvaluationRequest, lookup: KeyLookup): StatementTrace {
  const action = actionTrace(s, request.action);
  const resource = resourceTrace(s, request.resource, policy.version, lookup);
  // Principal matters only where a policy names who it is for: the trust policy (a resource-based policy).
  const principal = type === 'trust' ? principalTrace(s, request) : undefined;
  const { met, traces } = evaluateConditions(s.conditions, policy.version, lookup);
  const applies = action.applies && (resource?.applies ?? true) && (principal?.applies ?? true) && met;
  const t: StatementTrace = {
    index: s.index,
    effect: s.effect,
    action,
    conditions: traces,
    conditionsMet: met,
    outcome: applies ? (s.effect === 'Allow' ? 'allows' : 'denies') : 'notApplicable',
  };
  if (s.sid !== undefined) t.sid = s.sid;
  if (resource) t.resource = resource;
  if (principal) t.principal = principal;
  return t;
}

function tracePolicy(input: PolicyInput, type: PolicyType, index: number, request: EvaluationRequest, lookup: KeyLookup): PolicyTrace {
  const { name, document } = unwrapPolicyInput(input);
  const policy = parsePolicy(document);
  const t: PolicyTrace = { type, index, version: policy.version, statements: policy.statements.map((s) => statementTrace(s, policy, type, request, lookup)) };
  if (name !== undefined) t.name = name;
  return t;
}

function refs(policies: PolicyTrace[], outcome: 'allows' | 'denies'): StatementRef[] {
  return policies.flatMap((p) =>
    p.statements
      .filter((s) => s.outcome === outcome)
      .map((s) => {
        const ref: StatementRef = { type: p.type, policyIndex: p.index, statementIndex: s.index };
        if (p.name !== undefined) ref.policyName = p.name;
        if (s.sid !== undefined) ref.sid = s.sid;
        return ref;
      }),
  );
}

/**
 * Is this request allowed? What AWS decides for a principal's request under its identity-based policies, the session's
 * policies (when the credentials carry any) and, for `sts:AssumeRole*`, the role's trust policy, with a trace of every
 * statement and condition. A denial carries AWS's AccessDenied message. Throws `PolicyDocumentError` for a policy that
 * does not parse.
 */
export function evaluatePolicies(request: EvaluationRequest, policies: PolicySet): EvaluationResult {
  const lookup = requestKeys(request);
  const identity = policies.identity.map((p, i) => tracePolicy(p, 'identity', i, request, lookup));
  const session = (policies.session ?? []).map((p, i) => tracePolicy(p, 'session', i, request, lookup));
  const trust = policies.trust ? [tracePolicy(policies.trust, 'trust', 0, request, lookup)] : [];
  const all = [...identity, ...session, ...trust];
  const trace = {
    request: { principal: request.principal.arn, action: request.action, resource: request.resource },
    policies: all,
    decidedBy: [] as StatementRef[],
  };
  const deny = (decision: 'explicitDeny' | 'implicitDeny', reason: PolicyType, decidedBy: StatementRef[] = []): EvaluationResult => ({
    decision,
    reason,
    message: accessDeniedMessage(request, decision, reason),
    trace: { ...trace, decidedBy },
  });

  // 1. An explicit Deny anywhere decides. When several policy types deny, AWS names one of them.
  const denies = refs(all, 'denies');
  const firstDeny = denies[0];
  if (firstDeny) return deny('explicitDeny', firstDeny.type, denies);

  // 2. The trust policy must allow the caller to assume the role.
  const allows = (list: PolicyTrace[]) => refs(list, 'allows');
  const needed: [PolicyType, PolicyTrace[]][] = [];
  if (policies.trust) needed.push(['trust', trust]);
  // SIMPLIFIED: with a trust policy, the caller's identity policies must also allow when given (cross-account rule);
  // a web-identity caller has none. Without a trust policy the identity policies always must.
  if (!policies.trust || identity.length > 0) needed.push(['identity', identity]);
  // 3. Session policies limit: when present, one of them must allow as well.
  if (session.length > 0) needed.push(['session', session]);
  const decidedBy: StatementRef[] = [];
  for (const [type, list] of needed) {
    const found = allows(list);
    if (found.length === 0) return deny('implicitDeny', type);
    decidedBy.push(...found);
  }
  const last = needed[needed.length - 1]?.[0] ?? 'identity';
  return { decision: 'allow', reason: last, trace: { ...trace, decidedBy } };
}
