/**
 * A decision and its trace: the verdict with its reason and AWS's denial message, then each policy evaluated and, for each
 * statement, how its Action, Resource and Conditions matched. Policy variables show as written and as they resolved
 * (`${cognito-identity.amazonaws.com:sub}` → the identity id).
 */
import type { ConditionTrace, ElementTrace, ParsedPolicy, PolicyStatement, StatementTrace } from '../../../engine';
import { policyLabel, statementLabel, verdictWords, type Judged } from './words';

const OUTCOME_WORDS = { allows: 'allows it', denies: 'denies it', notApplicable: 'does not apply' } as const;

export function Verdict({ judged, label }: { judged: Judged; label: string }) {
  const { verdict, reason } = verdictWords(judged);
  return (
    <div role="group" className={`policy-verdict policy-verdict-${verdict === 'Allowed' ? 'allow' : 'deny'}`} aria-label={label}>
      <p>
        <strong className="policy-verdict-word">{verdict}</strong> <span>{reason}</span>
      </p>
      {judged.message ? <p className="policy-message mono">{judged.message}</p> : null}
    </div>
  );
}

export function TraceView({ judged, documents, open }: { judged: Judged; documents?: Map<string, ParsedPolicy>; open?: boolean }) {
  const { trace } = judged;
  return (
    <details className="policy-trace" open={open}>
      <summary>
        Trace: {trace.request.action} on {trace.request.resource}
      </summary>
      <p className="muted">
        As <span className="mono">{trace.request.principal}</span>
      </p>
      <ol className="trace-policies">
        {trace.policies.map((policy) => {
          const parsed = documents?.get(`${policy.type}:${policy.name ?? ''}`);
          return (
            <li key={`${policy.type}-${policy.index}`}>
              <h5 className="trace-policy-name">{capitalize(policyLabel(policy.type, policy.name))}</h5>
              <ol className="trace-statements">
                {policy.statements.map((statement) => (
                  <StatementRow key={statement.index} statement={statement} written={parsed?.statements[statement.index]} />
                ))}
              </ol>
            </li>
          );
        })}
      </ol>
    </details>
  );
}

function StatementRow({ statement, written }: { statement: StatementTrace; written?: PolicyStatement }) {
  return (
    <li className={`trace-statement trace-${statement.outcome}`}>
      <p>
        <strong>{capitalize(statementLabel({ statementIndex: statement.index, ...(statement.sid ? { sid: statement.sid } : {}) }))}</strong>: {statement.effect}{' '}
        — {OUTCOME_WORDS[statement.outcome]}
      </p>
      <dl className="trace-elements">
        {statement.principal ? <ElementRow element={statement.principal} /> : null}
        <ElementRow element={statement.action} />
        {statement.resource ? <ElementRow element={statement.resource} written={written?.resource ?? written?.notResource} /> : null}
        <div>
          <dt>Condition</dt>
          <dd>
            {statement.conditions.length === 0 ? (
              <span className="muted">none</span>
            ) : (
              <ul>
                {statement.conditions.map((condition, i) => (
                  <ConditionRow
                    key={i}
                    condition={condition}
                    written={written?.conditions.find((c) => c.key === condition.key && c.operator === condition.operator)?.values}
                  />
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}

function ElementRow({ element, written }: { element: ElementTrace; written?: string[] }) {
  const match = element.matchedPattern !== undefined;
  return (
    <div>
      <dt>{element.element}</dt>
      <dd>
        <Patterns resolved={element.patterns} written={written} />{' '}
        <span className={element.applies ? 'trace-yes' : 'trace-no'}>
          {match ? `matches (${element.matchedPattern})` : 'no match'}
          {element.element.startsWith('Not') ? (element.applies ? ': applies' : ': excluded') : ''}
        </span>
        {element.unresolved?.length ? <span className="muted"> — a variable had no value, so it matches nothing: {element.unresolved.join(', ')}</span> : null}
        {element.note ? <span className="muted"> — {element.note}</span> : null}
      </dd>
    </div>
  );
}

function ConditionRow({ condition, written }: { condition: ConditionTrace; written?: string[] }) {
  return (
    <li>
      <span className="mono">
        {condition.operator} {condition.key}
      </span>
      : the request has <span className="mono">{condition.requestValues ? condition.requestValues.join(', ') : '(no value)'}</span>, the policy wants{' '}
      <Patterns resolved={condition.policyValues} written={written} />{' '}
      <span className={condition.result ? 'trace-yes' : 'trace-no'}>
        {condition.result ? 'met' : 'not met'} ({condition.why})
      </span>
    </li>
  );
}

/** Each value as resolved; where the document wrote it differently (a policy variable), as written → as resolved. */
function Patterns({ resolved, written }: { resolved: string[]; written?: string[] | undefined }) {
  const aligned = written && written.length === resolved.length ? written : undefined;
  return (
    <span className="trace-patterns">
      {resolved.map((value, i) => {
        const original = aligned?.[i];
        return (
          <span key={i} className="mono trace-pattern">
            {original !== undefined && original !== value ? (
              <>
                <span className="trace-written">{original}</span> → {value}
              </>
            ) : (
              value
            )}
          </span>
        );
      })}
    </span>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
