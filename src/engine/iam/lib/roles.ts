/** Looking roles up by name (IAM names are unique regardless of case) and writing them as IAM's `Role` structure. */
import type { IamState, RoleRecord } from '../model';
import { encodeDocument } from './encode';
import { IAM_MESSAGES, noSuchEntity } from './errors';

export const roleKey = (name: string): string => name.toLowerCase();

/** The role of this name, or NoSuchEntity "The role with name X cannot be found." */
export function requireRole(state: IamState, name: string): RoleRecord {
  const role = Object.hasOwn(state.roles, roleKey(name)) ? state.roles[roleKey(name)] : undefined;
  if (!role) throw noSuchEntity(IAM_MESSAGES.noRole(name));
  return role;
}

export interface RoleOutput {
  Path: string;
  RoleName: string;
  RoleId: string;
  Arn: string;
  CreateDate: Date;
  /** URL-encoded (RFC 3986), as IAM returns it. */
  AssumeRolePolicyDocument: string;
  Description?: string;
  MaxSessionDuration: number;
  Tags?: { Key: string; Value: string }[];
}

/**
 * A role as IAM's answers write it. GetRole includes the tags; ListRoles leaves Tags out ("ListRoles … does not return
 * the Tags", IAM API reference) and so does CreateRole unless tags were given.
 */
export function roleOutput(role: RoleRecord, withTags: boolean): RoleOutput {
  const out: RoleOutput = {
    Path: role.Path,
    RoleName: role.RoleName,
    RoleId: role.RoleId,
    Arn: role.Arn,
    CreateDate: new Date(role.CreateDate),
    AssumeRolePolicyDocument: encodeDocument(role.AssumeRolePolicyDocument),
    MaxSessionDuration: role.MaxSessionDuration,
  };
  if (role.Description !== undefined) out.Description = role.Description;
  if (withTags && role.Tags.length > 0) out.Tags = role.Tags.map((t) => ({ ...t }));
  return out;
}
