import type { ActionContext } from '../../context';
import type { IamState } from '../model';
import { requirePolicy, versionOutput, type PolicyVersionOutput } from '../lib/policies';

/** ListPolicyVersions: a managed policy's versions, newest first [U], without their documents. */
export function listPolicyVersions(
  ctx: ActionContext<IamState>,
  request: { PolicyArn: string; Marker?: string; MaxItems?: number },
): { Versions: PolicyVersionOutput[]; IsTruncated: boolean; Marker?: string } {
  const policy = requirePolicy(ctx.state, request.PolicyArn);
  const newestFirst = [...policy.versions].reverse();
  const start =
    request.Marker === undefined
      ? 0
      : Math.max(
          0,
          newestFirst.findIndex((v) => v.VersionId === request.Marker),
        );
  const size = request.MaxItems ?? 100;
  const items = newestFirst.slice(start, start + size).map((v) => versionOutput(policy, v, false));
  const next = newestFirst[start + size];
  return { Versions: items, IsTruncated: next !== undefined, ...(next ? { Marker: next.VersionId } : {}) };
}
