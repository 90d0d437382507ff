/**
 * What other services read of a role: the role an ARN names, and the identity-based policies that apply to its
 * sessions (STS's AssumeRole* and every request signed with the session's credentials).
 */
import type { IamState, RoleRecord } from '../model';
import { defaultDocument, findPolicy } from './policies';

/** The role an ARN names (`arn:aws:iam::{account}:role{path}{name}`), matched by the name: paths do not make roles distinct. */
export function roleByArn(state: IamState, arn: string): RoleRecord | undefined {
  const match = /^arn:aws:iam::(\d{12}):role\/(?:.*\/)?([^/]+)$/.exec(arn);
  if (!match) return undefined;
  const key = match[2]!.toLowerCase();
  const role = Object.hasOwn(state.roles, key) ? state.roles[key] : undefined;
  return role && role.Arn === arn ? role : undefined;
}

/**
 * The role's permissions policies, as JSON text: its inline policies by name, then its attached managed policies (the
 * account's and AWS's) by ARN, each at its default version. A managed policy that no longer exists is left out.
 */
export function policiesOfRole(state: IamState, role: RoleRecord): { name: string; document: string }[] {
  const inline = Object.entries(role.inlinePolicies).map(([name, document]) => ({ name, document }));
  const attached = role.attachedPolicies.flatMap((arn) => {
    const policy = findPolicy(state, arn);
    return policy ? [{ name: arn, document: defaultDocument(policy) }] : [];
  });
  return [...inline, ...attached];
}
