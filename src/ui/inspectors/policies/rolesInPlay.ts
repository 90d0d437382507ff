/**
 * Which IAM roles an identity lesson involves, read from the engine's read models: the identity pools' default roles,
 * the roles their role mappings' rules name, every role STS issued credentials for (a group's preferred role arrives that
 * way), and any other role whose trust policy names one of the pools (a group role the lesson has not used yet).
 * Each comes with its trust policy and its permissions policies, and how each would be saved.
 */
import type { IamView, IdentityPoolsView, ManagedPolicyView, RoleView, StsView } from '../../../engine';

/** One permissions policy of a role, as the Policies tab shows and saves it. */
export interface PermissionsPolicy {
  /** Unique in the tab: `<role>/<policy name or ARN>`. */
  key: string;
  /** The inline policy's name, or the managed policy's name. */
  name: string;
  kind: 'inline' | 'managed' | 'awsManaged';
  /** JSON text as the cloud holds it (the default version's for a managed policy); none for one that no longer exists. */
  document?: string;
  roleName: string;
  /** For a managed policy. */
  arn?: string;
  /** Undefined when the policy can be saved; otherwise why not. */
  readOnly?: string;
}

export interface RoleInPlay {
  role: RoleView;
  /** Why the role is shown, in a few words each. */
  why: string[];
  permissions: PermissionsPolicy[];
}

const AWS_MANAGED = /^arn:aws:iam::aws:policy\//;

/** The roles in play, in the order: the pools' roles, mapped roles, roles with credentials, roles that trust a pool. */
export function rolesInPlay(iam: IamView, pools: IdentityPoolsView, sts: StsView): RoleInPlay[] {
  const reasons = new Map<string, string[]>();
  const add = (arn: string | undefined, why: string) => {
    if (!arn) return;
    const list = reasons.get(arn) ?? [];
    if (!list.includes(why)) list.push(why);
    reasons.set(arn, list);
  };
  for (const pool of pools.pools) {
    add(pool.roles.authenticated, `authenticated role of ${pool.name}`);
    add(pool.roles.unauthenticated, `guest (unauthenticated) role of ${pool.name}`);
    for (const mapping of Object.values(pool.roleMappings))
      for (const rule of mapping.RulesConfiguration?.Rules ?? []) add(rule.RoleARN, `mapped by a rule on ${rule.Claim} (${pool.name})`);
  }
  for (const issued of sts.credentials) add(issued.roleArn, 'credentials were issued for it');
  for (const role of iam.roles) for (const pool of pools.pools) if (role.trustPolicy.includes(pool.id)) add(role.arn, `its trust policy names ${pool.name}`);
  const managed = new Map(iam.policies.map((p) => [p.arn, p]));
  return iam.roles.filter((role) => reasons.has(role.arn)).map((role) => ({ role, why: reasons.get(role.arn)!, permissions: permissionsOf(role, managed) }));
}

function permissionsOf(role: RoleView, managed: Map<string, ManagedPolicyView>): PermissionsPolicy[] {
  const inline = role.inlinePolicies.map((p): PermissionsPolicy => ({
    key: `${role.name}/${p.name}`,
    name: p.name,
    kind: 'inline',
    document: p.document,
    roleName: role.name,
  }));
  const attached = role.attachedPolicies.map((p): PermissionsPolicy => {
    const policy = managed.get(p.arn);
    const base = { key: `${role.name}/${p.arn}`, name: p.name ?? p.arn, roleName: role.name, arn: p.arn };
    if (policy) return { ...base, kind: 'managed', document: policy.document };
    if (AWS_MANAGED.test(p.arn) && p.document !== undefined)
      return { ...base, kind: 'awsManaged', document: p.document, readOnly: 'an AWS managed policy: AWS keeps it, no account can change it' };
    return { ...base, kind: 'managed', readOnly: 'this managed policy no longer exists' };
  });
  return [...inline, ...attached];
}

/** JSON text indented two spaces; text that is not JSON stays as it is. */
export function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
