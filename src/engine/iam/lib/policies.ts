/** Managed policies by ARN (the account's own or AWS's catalogue), and IAM's `Policy` and `PolicyVersion` structures. */
import type { IamState, PolicyRecord, PolicyVersionRecord } from '../model';
import { awsManagedPolicy } from './awsManaged';
import { encodeDocument } from './encode';
import { IAM_MESSAGES, noSuchEntity } from './errors';

/** A customer managed policy of the account, or an AWS managed one, by ARN. */
export function findPolicy(state: IamState, arn: string): PolicyRecord | undefined {
  return (Object.hasOwn(state.policies, arn) ? state.policies[arn] : undefined) ?? awsManagedPolicy(arn);
}

/** The policy, or NoSuchEntity "Policy X was not found." */
export function requirePolicy(state: IamState, arn: string): PolicyRecord {
  const policy = findPolicy(state, arn);
  if (!policy) throw noSuchEntity(IAM_MESSAGES.policyNotFound(arn));
  return policy;
}

/** A customer managed policy's version, or NoSuchEntity. */
export function requireVersion(policy: PolicyRecord, versionId: string): PolicyVersionRecord {
  const version = policy.versions.find((v) => v.VersionId === versionId);
  if (!version) throw noSuchEntity(IAM_MESSAGES.noPolicyVersion(policy.Arn, versionId));
  return version;
}

/** How many roles of the account have this policy attached. */
export function attachmentCount(state: IamState, arn: string): number {
  return Object.values(state.roles).filter((r) => r.attachedPolicies.includes(arn)).length;
}

/** The default version's document, as sent. */
export function defaultDocument(policy: PolicyRecord): string {
  return policy.versions.find((v) => v.VersionId === policy.DefaultVersionId)?.Document ?? '{}';
}

export interface PolicyOutput {
  PolicyName: string;
  PolicyId: string;
  Arn: string;
  Path: string;
  DefaultVersionId: string;
  AttachmentCount: number;
  PermissionsBoundaryUsageCount: number;
  IsAttachable: boolean;
  Description?: string;
  CreateDate: Date;
  UpdateDate: Date;
  Tags?: { Key: string; Value: string }[];
}

/**
 * A policy as IAM writes it. GetPolicy returns the Description and Tags; CreatePolicy and ListPolicies leave the
 * Description out ("This field is returned only by GetPolicy", IAM API reference, `Policy`).
 */
export function policyOutput(state: IamState, policy: PolicyRecord, full: boolean): PolicyOutput {
  const out: PolicyOutput = {
    PolicyName: policy.PolicyName,
    PolicyId: policy.PolicyId,
    Arn: policy.Arn,
    Path: policy.Path,
    DefaultVersionId: policy.DefaultVersionId,
    AttachmentCount: attachmentCount(state, policy.Arn),
    PermissionsBoundaryUsageCount: 0,
    IsAttachable: true,
    CreateDate: new Date(policy.CreateDate),
    UpdateDate: new Date(policy.UpdateDate),
  };
  if (full && policy.Description !== undefined) out.Description = policy.Description;
  if (full && policy.Tags.length > 0) out.Tags = policy.Tags.map((t) => ({ ...t }));
  return out;
}

export interface PolicyVersionOutput {
  Document?: string;
  VersionId: string;
  IsDefaultVersion: boolean;
  CreateDate: Date;
}

/** A version as IAM writes it; GetPolicyVersion includes its (URL-encoded) document, the list and create calls do not. */
export function versionOutput(policy: PolicyRecord, version: PolicyVersionRecord, withDocument: boolean): PolicyVersionOutput {
  return {
    ...(withDocument ? { Document: encodeDocument(version.Document) } : {}),
    VersionId: version.VersionId,
    IsDefaultVersion: version.VersionId === policy.DefaultVersionId,
    CreateDate: new Date(version.CreateDate),
  };
}
