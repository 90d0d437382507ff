/**
 * The shapes of the IAM policy evaluator: a parsed policy document, the request it judges, and the structured trace a
 * learner reads to see why a request was allowed or denied. Pure data, no behaviour.
 */

/** Which policy a document is, as IAM validates it: identity-based (inline or managed), a role's trust policy, a session policy. */
export type PolicyKind = 'identity' | 'trust' | 'session';

/** `2012-10-17` is the current grammar; `2008-10-17` (and a document without Version) gets no variable substitution. */
export type PolicyVersion = '2012-10-17' | '2008-10-17';

export type Effect = 'Allow' | 'Deny';

/** `"*"`, or principals by type. Each list is the document's values, a string made a one-element list. */
export type PrincipalBlock = '*' | { AWS?: string[]; Federated?: string[]; Service?: string[]; CanonicalUser?: string[] };

/** One condition test: operator (as written, e.g. `ForAnyValue:StringLike`), one key, the policy's values as strings. */
export interface ConditionEntry {
  operator: string;
  key: string;
  values: string[];
}

export interface PolicyStatement {
  /** 0-based position in the document's Statement list. */
  index: number;
  sid?: string;
  effect: Effect;
  principal?: PrincipalBlock;
  notPrincipal?: PrincipalBlock;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  conditions: ConditionEntry[];
}

export interface ParsedPolicy {
  readonly parsed: true;
  /** The document's Version; a missing one counts as `2008-10-17` (no variables), as IAM does. */
  version: PolicyVersion;
  /** True when the document named no Version. */
  versionMissing: boolean;
  id?: string;
  statements: PolicyStatement[];
}

/** A policy as callers hand it over: JSON text, a document object, a parsed policy, or any of these with a name for the trace. */
export type PolicyInput = string | object | ParsedPolicy | { name: string; document: string | object | ParsedPolicy };

/**
 * Who asks. `arn` is the caller's ARN (`arn:aws:sts::123456789012:assumed-role/Role/Session`); for a web-identity caller of
 * `sts:AssumeRoleWithWebIdentity` `federated` names the provider (`cognito-identity.amazonaws.com`), for a service
 * principal `service` names it (`lambda.amazonaws.com`).
 */
export interface RequestPrincipal {
  arn: string;
  type: 'User' | 'AssumedRole' | 'Root' | 'FederatedUser' | 'WebIdentity' | 'SAML' | 'Service' | 'Anonymous';
  /** `aws:userid`: the role's unique id and the session name (`AROA…:CognitoIdentityCredentials`) for a role session. */
  userid?: string;
  /** `aws:username`: only IAM users have one. */
  username?: string;
  /** `aws:PrincipalTag/<key>`. */
  tags?: Record<string, string>;
  federated?: string;
  service?: string;
}

export type ContextValue = string | string[] | number | boolean | undefined;

export interface EvaluationRequest {
  principal: RequestPrincipal;
  /** `service:Action`, e.g. `s3:GetObject`. */
  action: string;
  /** The resource ARN, or `*` for actions on no resource. */
  resource: string;
  /** Condition keys and their values (names case-insensitive). `undefined` means absent. */
  context?: Record<string, ContextValue>;
}

export interface PolicySet {
  /** The principal's identity-based policies (a role's inline and attached policies). */
  identity: PolicyInput[];
  /** Session policies: when given, the request must also be allowed by one of them (the intersection). */
  session?: PolicyInput[];
  /** The role's trust policy, for `sts:AssumeRole*`: its Principal must match the caller. */
  trust?: PolicyInput;
}

export type PolicyType = 'identity' | 'session' | 'trust';

// ---- the trace ----

/** How one of Principal/NotPrincipal, Action/NotAction, Resource/NotResource fared. */
export interface ElementTrace {
  element: 'Principal' | 'NotPrincipal' | 'Action' | 'NotAction' | 'Resource' | 'NotResource';
  /** The policy's values (Resource after variable substitution). */
  patterns: string[];
  /** The first pattern that matches the request's value, if any. */
  matchedPattern?: string;
  /** Whether this element lets the statement apply: a match for Principal/Action/Resource, no match for the Not… forms. */
  applies: boolean;
  /** Patterns whose variables had no value in the request: they match nothing. */
  unresolved?: string[];
  /** A short word on a pattern that can never match (e.g. a wildcard in an ARN's service part). */
  note?: string;
}

export interface ConditionTrace {
  /** As written, e.g. `ForAnyValue:StringLike`. */
  operator: string;
  /** The base operator, e.g. `StringLike`. */
  baseOperator: string;
  qualifier?: 'ForAnyValue' | 'ForAllValues';
  ifExists: boolean;
  key: string;
  /** The request's value(s) for the key; absent when the request has no such key. */
  requestValues?: string[];
  /** The policy's values after variable substitution. */
  policyValues: string[];
  /** Policy values whose variables had no value in the request (effectively null). */
  unresolved?: string[];
  result: boolean;
  /** Why, in a few words: `value matches`, `key absent`, `IfExists: key absent`, … */
  why: string;
}

export type StatementOutcome = 'allows' | 'denies' | 'notApplicable';

export interface StatementTrace {
  index: number;
  sid?: string;
  effect: Effect;
  principal?: ElementTrace;
  action: ElementTrace;
  resource?: ElementTrace;
  conditions: ConditionTrace[];
  conditionsMet: boolean;
  outcome: StatementOutcome;
}

export interface PolicyTrace {
  type: PolicyType;
  /** Position within its type's list (0 for the trust policy). */
  index: number;
  name?: string;
  version: PolicyVersion;
  statements: StatementTrace[];
}

export interface StatementRef {
  type: PolicyType;
  policyIndex: number;
  policyName?: string;
  statementIndex: number;
  sid?: string;
}

export interface EvaluationTrace {
  request: { principal: string; action: string; resource: string };
  policies: PolicyTrace[];
  /** The statements that decided: the Deny(s) for an explicit deny, the Allow(s) for an allow; empty for an implicit deny. */
  decidedBy: StatementRef[];
}

export type DecisionKind = 'allow' | 'explicitDeny' | 'implicitDeny';

export interface EvaluationResult {
  decision: DecisionKind;
  /** The policy type that decided: where the Deny was, or which type had no Allow; for `allow`, the last type that had to allow. */
  reason: PolicyType;
  /** For a denial, what AWS says (the AccessDenied message). */
  message?: string;
  trace: EvaluationTrace;
}
