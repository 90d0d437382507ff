/**
 * IAM's read model: what inspectors may see of the account's roles, customer managed policies and identity providers, as plain copies,
 * documents as sent (not URL-encoded). Never the records the actions change.
 */
import type { IamState } from '../model';
import { attachmentCount, defaultDocument, findPolicy } from './policies';

export interface RoleView {
  name: string;
  id: string;
  arn: string;
  path: string;
  description?: string;
  maxSessionDuration: number;
  /** Epoch ms. */
  createdAt: number;
  trustPolicy: string;
  /** By name. */
  inlinePolicies: { name: string; document: string }[];
  /**
   * In the order attached, with the default version's document (AWS managed policies' too); `name` and `document` are
   * undefined for a policy that no longer exists.
   */
  attachedPolicies: { arn: string; name?: string; document?: string }[];
  tags: Record<string, string>;
}

export interface ManagedPolicyView {
  name: string;
  id: string;
  arn: string;
  path: string;
  defaultVersionId: string;
  versionIds: string[];
  /** The default version's document. */
  document: string;
  attachmentCount: number;
}

export interface OidcProviderView {
  arn: string;
  /** Without the scheme, as IAM keeps it. */
  url: string;
  clientIds: string[];
  thumbprints: string[];
  createdAt: number;
}

export interface SamlProviderView {
  arn: string;
  name: string;
  /** The metadata's entity id (the assertions' Issuer), signing certificates (base64 DER) and SSO locations by binding. */
  entityId: string;
  signingCertificates: string[];
  singleSignOn: Record<string, string>;
  createdAt: number;
  validUntil: number;
}

export interface IamView {
  /** By name, regardless of case. */
  roles: RoleView[];
  /** The account's own managed policies, by name. */
  policies: ManagedPolicyView[];
  /** The account's identity providers, by ARN. */
  oidcProviders: OidcProviderView[];
  samlProviders: SamlProviderView[];
}

/** The account's roles and managed policies (one state: `regions` holds only `global`). `regions` is already a copy. */
export function inspectIam(regions: Record<string, IamState>): IamView {
  const states = Object.values(regions);
  const byName = <T extends { name: string }>(items: T[]) => items.sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
  return {
    roles: byName(
      states.flatMap((state) =>
        Object.values(state.roles).map((role) => ({
          name: role.RoleName,
          id: role.RoleId,
          arn: role.Arn,
          path: role.Path,
          ...(role.Description !== undefined ? { description: role.Description } : {}),
          maxSessionDuration: role.MaxSessionDuration,
          createdAt: role.CreateDate,
          trustPolicy: role.AssumeRolePolicyDocument,
          inlinePolicies: Object.entries(role.inlinePolicies)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([name, document]) => ({ name, document })),
          attachedPolicies: role.attachedPolicies.map((arn) => {
            const policy = findPolicy(state, arn);
            return policy === undefined ? { arn } : { arn, name: policy.PolicyName, document: defaultDocument(policy) };
          }),
          tags: Object.fromEntries(role.Tags.map((t) => [t.Key, t.Value])),
        })),
      ),
    ),
    policies: byName(
      states.flatMap((state) =>
        Object.values(state.policies).map((policy) => ({
          name: policy.PolicyName,
          id: policy.PolicyId,
          arn: policy.Arn,
          path: policy.Path,
          defaultVersionId: policy.DefaultVersionId,
          versionIds: policy.versions.map((v) => v.VersionId),
          document: defaultDocument(policy),
          attachmentCount: attachmentCount(state, policy.Arn),
        })),
      ),
    ),
    oidcProviders: states
      .flatMap((state) => Object.values(state.oidcProviders))
      .sort((a, b) => (a.Arn < b.Arn ? -1 : 1))
      .map((p) => ({ arn: p.Arn, url: p.Url, clientIds: [...p.ClientIDList], thumbprints: [...p.ThumbprintList], createdAt: p.CreateDate })),
    samlProviders: states
      .flatMap((state) => Object.values(state.samlProviders))
      .sort((a, b) => (a.Arn < b.Arn ? -1 : 1))
      .map((p) => ({
        arn: p.Arn,
        name: p.Name,
        entityId: p.metadata.entityId,
        signingCertificates: [...p.metadata.signingCertificates],
        singleSignOn: { ...p.metadata.singleSignOn },
        createdAt: p.CreateDate,
        validUntil: p.ValidUntil,
      })),
  };
}
