/**
 * A role and its permissions policies, read from IAM's state for authorization.
 * SIMPLIFIED: a stand-in until IAM's own `iam/lib/rolePolicies.ts` (roleByArn, policiesOfRole) is on main; then this
 * file goes and authorize.ts imports IAM's. AWS managed policies other than the one Cognito documents are unknown here.
 */
import type { IamState, RoleRecord } from '../iam/model';
import { AMAZON_COGNITO_UNAUTHED_IDENTITIES_SESSION_POLICY } from '../iam/policy';
import { lookup } from '../kernel/records';

const AWS_MANAGED: Record<string, object> = {
  'arn:aws:iam::aws:policy/AmazonCognitoUnAuthedIdentitiesSessionPolicy': AMAZON_COGNITO_UNAUTHED_IDENTITIES_SESSION_POLICY,
};

/** The role with this ARN, if IAM has it. */
export function roleByArn(state: IamState, arn: string): RoleRecord | undefined {
  return Object.values(state.roles).find((role) => role.Arn === arn);
}

/** A role's inline policies (by name) and attached managed policies (by ARN, their default version). */
export function policiesOfRole(state: IamState, role: RoleRecord): { name: string; document: string }[] {
  const inline = Object.entries(role.inlinePolicies).map(([name, document]) => ({ name, document }));
  const attached = role.attachedPolicies.flatMap((arn) => {
    const managed = lookup(state.policies, arn);
    const version = managed?.versions.find((v) => v.VersionId === managed.DefaultVersionId);
    if (version) return [{ name: arn, document: version.Document }];
    const builtIn = lookup(AWS_MANAGED, arn);
    return builtIn ? [{ name: arn, document: JSON.stringify(builtIn) }] : [];
  });
  return [...inline, ...attached];
}
