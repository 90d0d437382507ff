import type { ActionContext } from '../context';
import { CloudError } from '../errors';
import { describeUserPool, type UserPoolType } from './describe';
import type { PasswordPolicy, SchemaAttribute, UserPoolRecord } from './model';
import { standardSchema } from './schema';

export interface CreateUserPoolRequest {
  PoolName: string;
  Policies?: { PasswordPolicy?: Partial<PasswordPolicy> };
  LambdaConfig?: Record<string, unknown>;
  AutoVerifiedAttributes?: string[];
  AliasAttributes?: string[];
  UsernameAttributes?: string[];
  MfaConfiguration?: 'OFF' | 'ON' | 'OPTIONAL';
  Schema?: Partial<SchemaAttribute>[];
  AccountRecoverySetting?: { RecoveryMechanisms: { Priority: number; Name: string }[] };
  UserPoolTags?: Record<string, string>;
  AdminCreateUserConfig?: { AllowAdminCreateUserOnly?: boolean; UnusedAccountValidityDays?: number; InviteMessageTemplate?: Record<string, string> };
  UsernameConfiguration?: { CaseSensitive: boolean };
  [setting: string]: unknown;
}

export interface CreateUserPoolResponse {
  UserPool: UserPoolType;
}

/** AWS's password policy when a request names none: 8 characters and all four character classes. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  MinimumLength: 8,
  RequireUppercase: true,
  RequireLowercase: true,
  RequireNumbers: true,
  RequireSymbols: true,
  TemporaryPasswordValidityDays: 7,
};

/** Turns a request's PasswordPolicy into the stored one: unnamed requirements are off, as in the API. */
export function passwordPolicyFrom(requested: Partial<PasswordPolicy> | undefined): PasswordPolicy {
  if (!requested) return { ...DEFAULT_PASSWORD_POLICY };
  const policy: PasswordPolicy = {
    MinimumLength: requested.MinimumLength ?? 8,
    RequireUppercase: requested.RequireUppercase ?? false,
    RequireLowercase: requested.RequireLowercase ?? false,
    RequireNumbers: requested.RequireNumbers ?? false,
    RequireSymbols: requested.RequireSymbols ?? false,
    TemporaryPasswordValidityDays: requested.TemporaryPasswordValidityDays ?? 7,
    ...(requested.PasswordHistorySize !== undefined ? { PasswordHistorySize: requested.PasswordHistorySize } : {}),
  };
  if (policy.MinimumLength < 6 || policy.MinimumLength > 99) {
    throw new CloudError('InvalidParameterException', `1 validation error detected: Value '${policy.MinimumLength}' at 'policies.passwordPolicy.minimumLength' failed to satisfy constraint: Member must have value ${policy.MinimumLength < 6 ? 'greater than or equal to 6' : 'less than or equal to 99'}`);
  }
  return policy;
}

/** Standard attributes with the request's changes applied, then custom attributes as `custom:<name>`. */
export function schemaFrom(requested: Partial<SchemaAttribute>[] | undefined): SchemaAttribute[] {
  const schema = standardSchema();
  for (const entry of requested ?? []) {
    if (!entry.Name) continue;
    const standard = schema.find((a) => a.Name === entry.Name);
    if (standard) {
      Object.assign(standard, { Required: entry.Required ?? standard.Required, Mutable: entry.Mutable ?? standard.Mutable });
      continue;
    }
    if (entry.Required) {
      throw new CloudError('InvalidParameterException', `Required custom attributes are not supported currently.`);
    }
    schema.push({
      Name: `custom:${entry.Name}`,
      AttributeDataType: entry.AttributeDataType ?? 'String',
      DeveloperOnlyAttribute: entry.DeveloperOnlyAttribute ?? false,
      Mutable: entry.Mutable ?? true,
      Required: false,
      ...(entry.AttributeDataType === 'Number'
        ? { NumberAttributeConstraints: entry.NumberAttributeConstraints ?? {} }
        : { StringAttributeConstraints: entry.StringAttributeConstraints ?? {} }),
    });
  }
  return schema;
}

/** CreateUserPool: a new user directory with its settings, two signing keys (ID and access tokens) and no users. */
export async function createUserPool(ctx: ActionContext, request: CreateUserPoolRequest): Promise<CreateUserPoolResponse> {
  if (request.UsernameAttributes?.length && request.AliasAttributes?.length) {
    throw new CloudError('InvalidParameterException', 'Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.');
  }
  for (const name of request.UsernameAttributes ?? []) {
    if (name !== 'email' && name !== 'phone_number') {
      throw new CloudError('InvalidParameterException', `1 validation error detected: Value '[${name}]' at 'usernameAttributes' failed to satisfy constraint: Member must satisfy constraint: [Member must satisfy enum value set: [phone_number, email]]`);
    }
  }
  const Id = ctx.random.userPoolId(ctx.region);
  const keys = { id: await ctx.nextSigningKey(), access: await ctx.nextSigningKey() };
  const {
    PoolName, Policies, Schema, MfaConfiguration, AdminCreateUserConfig, LambdaConfig,
    // Accepted but not stored as settings of their own:
    ...rest
  } = request;
  const pool: UserPoolRecord = {
    Id,
    Name: PoolName,
    Arn: `arn:aws:cognito-idp:${ctx.region}:${ctx.accountId}:userpool/${Id}`,
    CreationDate: ctx.now,
    LastModifiedDate: ctx.now,
    settings: {
      ...rest,
      Policies: { PasswordPolicy: passwordPolicyFrom(Policies?.PasswordPolicy), SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD'] } },
      DeletionProtection: request['DeletionProtection'] ?? 'INACTIVE',
      // SIMPLIFIED: triggers are stored for a later part of the course; this pool does not call them yet.
      LambdaConfig: LambdaConfig ?? {},
      SchemaAttributes: schemaFrom(Schema),
      VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_CODE', ...((request['VerificationMessageTemplate'] as object) ?? {}) },
      MfaConfiguration: MfaConfiguration ?? 'OFF',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false, UnusedAccountValidityDays: 7, ...AdminCreateUserConfig },
      UserPoolTier: request['UserPoolTier'] ?? 'ESSENTIALS',
    },
    keys,
    clients: {},
    users: {},
    groups: {},
    sessions: {},
    refreshTokens: {},
    revokedOrigins: {},
  };
  ctx.userPools.pools[Id] = pool;
  return { UserPool: describeUserPool(pool) };
}
