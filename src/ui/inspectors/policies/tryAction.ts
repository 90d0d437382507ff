/**
 * "Try an action": the policy evaluator run on a role as the cloud holds it now, for the learner's action and resource.
 * The request is made as AWS would judge one signed with the role's session: its inline then attached policies (as the
 * engine's authorization reads them), the session's own policies (a guest's scope-down), and the session's global and
 * web-identity condition keys, so `${cognito-identity.amazonaws.com:sub}` resolves to the identity id.
 * A request's own condition keys (`s3:prefix` of a ListObjectsV2) are taken from the real request the form was
 * prefilled from, as its trace recorded them. SIMPLIFIED: they are not asked for otherwise, so for another action such
 * a condition sees the key absent.
 */
import {
  evaluatePolicies,
  parsePolicy,
  type ContextValue,
  type EvaluationResult,
  type EvaluationTrace,
  type IssuedCredentialsView,
  type ParsedPolicy,
  type RoleView,
} from '../../../engine';

export interface TryTarget {
  role: RoleView;
  /** The session to act as; without one, a session of the role with no web identity. */
  credentials?: IssuedCredentialsView;
  action: string;
  resource: string;
  /** Epoch ms. */
  now: number;
  region: string;
  /** Condition keys of the request itself (`s3:prefix`), from `requestKeysOf`. */
  requestKeys?: Record<string, string[]>;
}

/** The request's condition keys a recorded trace saw, but the global `aws:` ones. */
export function requestKeysOf(trace: EvaluationTrace | undefined): Record<string, string[]> {
  const keys: Record<string, string[]> = {};
  for (const policy of trace?.policies ?? [])
    for (const statement of policy.statements)
      for (const condition of statement.conditions) {
        // The global keys are made afresh; the web identity's too, and they override these (they come after).
        if (condition.requestValues && !condition.key.toLowerCase().startsWith('aws:')) keys[condition.key] = condition.requestValues;
      }
  return keys;
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The role's permissions policies as the engine names them in a trace: inline ones by name, attached ones by ARN. */
export function identityPoliciesOf(role: RoleView): { name: string; document: string }[] {
  const inline = role.inlinePolicies.map(({ name, document }) => ({ name, document }));
  const attached = role.attachedPolicies.flatMap(({ arn, document }) => (document === undefined ? [] : [{ name: arn, document }]));
  return [...inline, ...attached];
}

/** The session policies as the engine names them in a trace. */
export function sessionPoliciesOf(credentials: IssuedCredentialsView | undefined): { name: string; document: string }[] {
  return (credentials?.sessionPolicies ?? []).map((document, i) => ({ name: `Session policy ${i + 1}`, document }));
}

/** Evaluates the action on the resource for the role's session, with the trace. */
export function tryAction(target: TryTarget): EvaluationResult {
  const { role, credentials, now } = target;
  const account = /^arn:aws:iam::(\d{12}):/.exec(role.arn)?.[1] ?? '';
  const sessionName = credentials?.sessionName ?? 'CognitoIdentityCredentials';
  const context: Record<string, ContextValue> = {
    ...target.requestKeys,
    'aws:CurrentTime': isoSeconds(now),
    'aws:EpochTime': Math.floor(now / 1000),
    'aws:SecureTransport': true,
    'aws:RequestedRegion': target.region,
    'aws:PrincipalAccount': account,
  };
  if (credentials) context['aws:TokenIssueTime'] = isoSeconds(credentials.issuedAt);
  const web = credentials?.webIdentity;
  if (web) {
    context[`${web.provider}:sub`] = web.subject;
    context[`${web.provider}:aud`] = web.audience;
    if (web.amr) context[`${web.provider}:amr`] = web.amr;
  }
  const session = sessionPoliciesOf(credentials);
  return evaluatePolicies(
    {
      principal: {
        arn: credentials?.assumedRoleArn ?? `arn:aws:sts::${account}:assumed-role/${role.name}/${sessionName}`,
        type: 'AssumedRole',
        userid: `${role.id}:${sessionName}`,
        tags: credentials?.tags ?? {},
      },
      action: target.action.trim(),
      resource: target.resource.trim() || '*',
      context,
    },
    { identity: identityPoliciesOf(role), ...(session.length ? { session } : {}) },
  );
}

/** Parsed documents by trace name (`identity:<name>`, `session:<name>`), to show each pattern as written beside its resolved value. */
export function documentsByName(role: RoleView | undefined, credentials: IssuedCredentialsView | undefined): Map<string, ParsedPolicy> {
  const out = new Map<string, ParsedPolicy>();
  const put = (type: string, list: { name: string; document: string }[]) => {
    for (const { name, document } of list) {
      try {
        out.set(`${type}:${name}`, parsePolicy(document));
      } catch {
        // A document the cloud holds always parses; nothing to show otherwise.
      }
    }
  };
  if (role) put('identity', identityPoliciesOf(role));
  put('session', sessionPoliciesOf(credentials));
  return out;
}
