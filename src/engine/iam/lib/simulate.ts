/**
 * The policy simulator behind SimulatePrincipalPolicy and SimulateCustomPolicy: every action against every resource,
 * decided by the engine's evaluator as a request would be, with the statements that decided and the condition keys the
 * policies needed but the simulation did not give.
 */
import { evaluatePolicies } from '../policy';
import type { ContextValue, EvaluationRequest, RequestPrincipal } from '../policy/types';
import { validatePolicyDocument } from '../policy';
import { invalidInput } from './errors';
import { statementSpans, type Position } from './positions';

/** A policy in the simulation: its id as the answer names it (`PolicyInputList.1`, an inline policy's name, a managed policy's name). */
export interface SimulatedPolicy {
  id: string;
  type: 'role' | 'aws-managed' | 'user-managed' | 'none';
  document: string;
}

export interface ContextEntry {
  ContextKeyName?: string;
  ContextKeyValues?: string[];
  ContextKeyType?: string;
}

export interface SimulationRequest {
  ActionNames: string[];
  ResourceArns?: string[];
  ContextEntries?: ContextEntry[];
  MaxItems?: number;
  Marker?: string;
}

export interface MatchedStatement {
  SourcePolicyId: string;
  SourcePolicyType: string;
  StartPosition?: Position;
  EndPosition?: Position;
}

export interface EvaluationResultOutput {
  EvalActionName: string;
  EvalResourceName: string;
  EvalDecision: 'allowed' | 'explicitDeny' | 'implicitDeny';
  MatchedStatements: MatchedStatement[];
  MissingContextValues: string[];
}

export interface SimulatePolicyResponse {
  EvaluationResults: EvaluationResultOutput[];
  IsTruncated: boolean;
  Marker?: string;
}

/** [U] a document the simulator cannot read is InvalidInput (its model lists no MalformedPolicyDocument), in the validator's words. */
export function checkSimulatedDocument(document: string): void {
  const problem = validatePolicyDocument(document, 'identity');
  if (problem !== undefined) throw invalidInput(problem);
}

/** Context entries as the evaluator reads them: list types as lists, the others as their one value. */
function contextOf(entries: ContextEntry[] | undefined): Record<string, ContextValue> {
  const out: Record<string, ContextValue> = {};
  for (const entry of entries ?? []) {
    if (!entry.ContextKeyName) continue;
    const values = entry.ContextKeyValues ?? [];
    out[entry.ContextKeyName] = entry.ContextKeyType?.endsWith('List') ? values : values[0];
  }
  return out;
}

export function simulate(principal: RequestPrincipal, policies: SimulatedPolicy[], request: SimulationRequest): SimulatePolicyResponse {
  const context = contextOf(request.ContextEntries);
  const spans = policies.map((p) => statementSpans(p.document));
  const results: EvaluationResultOutput[] = [];
  for (const action of request.ActionNames) {
    for (const resource of request.ResourceArns?.length ? request.ResourceArns : ['*']) {
      const evaluation: EvaluationRequest = { principal, action, resource, context };
      const verdict = evaluatePolicies(evaluation, { identity: policies.map((p) => ({ name: p.id, document: p.document })) });
      const matched = verdict.trace.decidedBy.map((ref) => {
        const policy = policies[ref.policyIndex]!;
        const span = spans[ref.policyIndex]?.[ref.statementIndex];
        const out: MatchedStatement = { SourcePolicyId: policy.id, SourcePolicyType: policy.type };
        if (span) Object.assign(out, { StartPosition: span.start, EndPosition: span.end });
        return out;
      });
      // [U] the keys AWS reports: those the conditions of statements whose action and resource match asked for and the simulation did not give.
      const missing = new Set<string>();
      for (const policy of verdict.trace.policies) {
        for (const statement of policy.statements) {
          if (!statement.action.applies || statement.resource?.applies === false) continue;
          for (const condition of statement.conditions) if (condition.requestValues === undefined) missing.add(condition.key);
        }
      }
      results.push({
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: verdict.decision === 'allow' ? 'allowed' : verdict.decision,
        MatchedStatements: matched,
        MissingContextValues: [...missing],
      });
    }
  }
  const start = request.Marker === undefined ? 0 : Math.max(0, Number.parseInt(request.Marker, 10) || 0);
  const size = request.MaxItems ?? 100;
  const end = start + size;
  return {
    EvaluationResults: results.slice(start, end),
    IsTruncated: end < results.length,
    ...(end < results.length ? { Marker: String(end) } : {}),
  };
}
