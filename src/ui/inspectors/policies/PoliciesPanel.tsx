/**
 * The Policies tab: the roles in play with their trust and permissions policies (editable), a "Try an action" form, and
 * every request of the step with IAM's decision. "Evaluate" judges the action against the policies as their textboxes
 * hold them: an edited policy is saved to the cloud first (a real IAM request the session records), then the evaluator
 * runs on the cloud as it is after the save. A refused save keeps the learner's text and says why.
 */
import { useState, type FormEvent } from 'react';
import type { EvaluationResult, IssuedCredentialsView, LogEntry, ParsedPolicy } from '../../../engine';
import type { DeveloperAction, DeveloperOutcome } from '../../../flows/session';
import type { FlowError } from '../../../flows/types';
import { RoleCard } from './RoleCard';
import { prettyJson, type PermissionsPolicy, type RoleInPlay } from './rolesInPlay';
import { StepRequests } from './StepRequests';
import { TraceView, Verdict } from './TraceView';
import { documentsByName, requestKeysOf, tryAction } from './tryAction';

export interface PoliciesState {
  roles: RoleInPlay[];
  credentials: IssuedCredentialsView[];
  now: number;
}

export interface PoliciesPanelProps extends PoliciesState {
  /** The step's log entries, oldest first. */
  stepEntries: readonly LogEntry[];
  /** Every log entry, oldest first: without a judged request in the step, the prefill takes the last one before it. */
  allEntries: readonly LogEntry[];
  region: string;
  /** Saves a policy through the session (a real request). */
  save(action: DeveloperAction): Promise<DeveloperOutcome>;
  /** The roles and credentials as the cloud holds them when called: after a save, the saved policy. */
  read(): PoliciesState;
}

/** A textbox's text and the cloud document it was typed over; shown only while the cloud still holds that document. */
type Draft = { text: string; base: string };

function saveAction(policy: PermissionsPolicy, text: string): DeveloperAction | undefined {
  if (policy.kind === 'inline') return { action: 'PutRolePolicy', input: { RoleName: policy.roleName, PolicyName: policy.name, PolicyDocument: text } };
  if (policy.kind === 'managed' && policy.arn)
    return { action: 'CreatePolicyVersion', input: { PolicyArn: policy.arn, PolicyDocument: text, SetAsDefault: true } };
  return undefined;
}

export function PoliciesPanel(props: PoliciesPanelProps) {
  const { roles, credentials, stepEntries, allEntries } = props;
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, FlowError>>({});
  const [typed, setTyped] = useState<{ action?: string; resource?: string; roleArn?: string }>({});
  const [result, setResult] = useState<{ judged: EvaluationResult; documents: Map<string, ParsedPolicy> } | undefined>();
  const [working, setWorking] = useState(false);

  const lastJudged = [...stepEntries].reverse().find((e) => e.authorization) ?? [...allEntries].reverse().find((e) => e.authorization);
  const lastSession = credentials.find((c) => c.accessKeyId === lastJudged?.signedBy?.accessKeyId);
  const action = typed.action ?? lastJudged?.authorization?.action ?? '';
  const resource = typed.resource ?? lastJudged?.authorization?.resource ?? '';
  // The real request's own condition keys apply while the form still asks what it asked.
  const asRecorded = lastJudged?.authorization && action === lastJudged.authorization.action && resource === lastJudged.authorization.resource;
  const requestKeys = asRecorded ? requestKeysOf(lastJudged.authorization!.trace) : {};
  const roleArn = typed.roleArn ?? (roles.some((r) => r.role.arn === lastSession?.roleArn) ? lastSession!.roleArn : roles[0]?.role.arn);

  const documentOf = (policy: PermissionsPolicy) => policy.document ?? '';
  const textOf = (policy: PermissionsPolicy) => {
    const draft = drafts[policy.key];
    return draft && draft.base === documentOf(policy) ? draft.text : prettyJson(documentOf(policy));
  };
  const edited = (policy: PermissionsPolicy) => {
    const text = textOf(policy);
    return !policy.readOnly && text !== prettyJson(documentOf(policy)) && text !== documentOf(policy);
  };

  const onEdit = (policy: PermissionsPolicy, text: string) => {
    setDrafts((all) => ({ ...all, [policy.key]: { text, base: documentOf(policy) } }));
    setErrors(({ [policy.key]: _gone, ...rest }) => rest);
  };

  const evaluate = async (event: FormEvent) => {
    event.preventDefault();
    if (working) return;
    setWorking(true);
    try {
      for (const policy of roles.flatMap((r) => r.permissions).filter(edited)) {
        const text = textOf(policy);
        const request = saveAction(policy, text);
        if (!request) continue;
        const outcome = await props.save(request);
        if (outcome.error) {
          setErrors((all) => ({ ...all, [policy.key]: outcome.error! }));
          setResult(undefined);
          return;
        }
        // The cloud now holds the text as sent: keep showing it as typed.
        setDrafts((all) => ({ ...all, [policy.key]: { text, base: text } }));
      }
      const now = props.read();
      const role = now.roles.find((r) => r.role.arn === roleArn)?.role;
      if (!role) return;
      const session = (lastSession?.roleArn === role.arn ? lastSession : undefined) ?? [...now.credentials].reverse().find((c) => c.roleArn === role.arn);
      const judged = tryAction({ role, ...(session ? { credentials: session } : {}), action, resource, now: now.now, region: props.region, requestKeys });
      setResult({ judged, documents: documentsByName(role, session) });
    } finally {
      setWorking(false);
    }
  };

  if (roles.length === 0) return <p className="muted">No IAM role is in play yet: this lesson's identity pool has no roles.</p>;
  const selected = roles.find((r) => r.role.arn === roleArn);
  const noSession = selected && !credentials.some((c) => c.roleArn === selected.role.arn);
  return (
    <div className="policies">
      <h3 className="panel-heading">What the roles' credentials may do, and why</h3>
      <form className="try-action" aria-labelledby="try-action-heading" onSubmit={(e) => void evaluate(e)}>
        <h4 id="try-action-heading">Try an action</h4>
        <div className="try-fields">
          <label>
            Role
            <select value={roleArn} onChange={(e) => setTyped((t) => ({ ...t, roleArn: e.target.value }))}>
              {roles.map((r) => (
                <option key={r.role.arn} value={r.role.arn}>
                  {r.role.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Action
            <input className="mono" value={action} placeholder="s3:GetObject" onChange={(e) => setTyped((t) => ({ ...t, action: e.target.value }))} />
          </label>
          <label>
            Resource
            <input
              className="mono"
              value={resource}
              placeholder="arn:aws:s3:::bucket/key"
              onChange={(e) => setTyped((t) => ({ ...t, resource: e.target.value }))}
            />
          </label>
        </div>
        <button type="submit" className="button button-primary button-small" disabled={working || !action.trim()}>
          Evaluate
        </button>
        {Object.keys(requestKeys).length ? (
          <p className="muted">
            With the condition keys of {lastJudged!.action} as it was sent:{' '}
            {Object.entries(requestKeys).map(([key, values]) => (
              <span key={key} className="mono">
                {key} = {values.join(', ')}{' '}
              </span>
            ))}
          </p>
        ) : null}
        {noSession ? <p className="muted">No credentials were issued for this role yet, so policy variables such as the identity id have no value.</p> : null}
        <div aria-live="polite">
          {result ? (
            <>
              <Verdict judged={result.judged} label="Result" />
              <TraceView judged={result.judged} documents={result.documents} open />
            </>
          ) : null}
        </div>
      </form>
      <StepRequests entries={stepEntries} roles={roles.map((r) => r.role)} credentials={credentials} />
      <h4>Roles in play</h4>
      {roles.map((entry) => (
        <RoleCard key={entry.role.arn} entry={entry} textOf={textOf} onEdit={onEdit} errors={errors} />
      ))}
    </div>
  );
}
