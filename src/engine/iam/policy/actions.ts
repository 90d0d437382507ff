/**
 * Which IAM action, on which resource, an API operation is authorized as (the Service Authorization Reference's
 * "Actions defined by …" tables; Amazon S3 User Guide "Required permissions for Amazon S3 API operations"). Data: one
 * row per operation, `{placeholders}` filled from the request's scope. Extend by adding rows.
 */
import type { ContextValue } from './types';

export interface OperationScope {
  region: string;
  accountId: string;
  bucket?: string;
  key?: string;
  /** ListObjects(V2)'s Prefix, given to the policy as `s3:prefix`. */
  prefix?: string;
  delimiter?: string;
  maxKeys?: number;
  identityPoolId?: string;
  identityId?: string;
  datasetName?: string;
  /** IAM role or policy name with its path (`service-role/MyRole`); the role ARN for STS. */
  roleName?: string;
  roleArn?: string;
  policyName?: string;
  /** A managed policy's ARN as the request names it (an AWS managed one's account is `aws`). */
  policyArn?: string;
  /** SimulatePrincipalPolicy's principal. */
  policySourceArn?: string;
  /** An IAM identity provider's ARN as the request names it (OpenIDConnectProviderArn, SAMLProviderArn). */
  providerArn?: string;
  /** CreateOpenIDConnectProvider's URL without its scheme; CreateSAMLProvider's Name. */
  providerName?: string;
  /** A federated user's name (GetFederationToken). */
  name?: string;
}

export interface AuthorizationTarget {
  action: string;
  resource: string;
  /** Service condition keys the operation adds to the request context. */
  context?: Record<string, ContextValue>;
}

type Row = readonly [action: string, resource: string];

const S3: Record<string, Row> = {
  GetObject: ['s3:GetObject', 'arn:aws:s3:::{bucket}/{key}'],
  HeadObject: ['s3:GetObject', 'arn:aws:s3:::{bucket}/{key}'],
  PutObject: ['s3:PutObject', 'arn:aws:s3:::{bucket}/{key}'],
  DeleteObject: ['s3:DeleteObject', 'arn:aws:s3:::{bucket}/{key}'],
  ListObjectsV2: ['s3:ListBucket', 'arn:aws:s3:::{bucket}'],
  ListObjects: ['s3:ListBucket', 'arn:aws:s3:::{bucket}'],
  HeadBucket: ['s3:ListBucket', 'arn:aws:s3:::{bucket}'],
  ListBuckets: ['s3:ListAllMyBuckets', '*'],
  CreateBucket: ['s3:CreateBucket', 'arn:aws:s3:::{bucket}'],
  DeleteBucket: ['s3:DeleteBucket', 'arn:aws:s3:::{bucket}'],
  GetBucketLocation: ['s3:GetBucketLocation', 'arn:aws:s3:::{bucket}'],
};

const POOL = 'arn:aws:cognito-sync:{region}:{accountId}:identitypool/{identityPoolId}';
const IDENTITY = `${POOL}/identity/{identityId}`;
const DATASET = `${IDENTITY}/dataset/{datasetName}`;

/**
 * Cognito Sync's IAM actions carry the operation's name. [O] ListDatasets is judged on a dataset ARN whose name is `null`
 * (aws/aws-sdk-java#1912: "…cognito-sync:ListDatasets on resource: …/identity/us-east-1:xxx/dataset/null"), so the policy
 * the Cognito Developer Guide gives as the least Sync needs (`…/identity/${cognito-identity.amazonaws.com:sub}/*`) allows it.
 * [U] the resource of ListIdentityPoolUsage (no pool named), and of the other operations on an identity.
 */
const COGNITO_SYNC: Record<string, Row> = {
  ListRecords: ['cognito-sync:ListRecords', DATASET],
  UpdateRecords: ['cognito-sync:UpdateRecords', DATASET],
  DescribeDataset: ['cognito-sync:DescribeDataset', DATASET],
  DeleteDataset: ['cognito-sync:DeleteDataset', DATASET],
  SubscribeToDataset: ['cognito-sync:SubscribeToDataset', DATASET],
  UnsubscribeFromDataset: ['cognito-sync:UnsubscribeFromDataset', DATASET],
  ListDatasets: ['cognito-sync:ListDatasets', `${IDENTITY}/dataset/null`],
  DescribeIdentityUsage: ['cognito-sync:DescribeIdentityUsage', IDENTITY],
  RegisterDevice: ['cognito-sync:RegisterDevice', IDENTITY],
  DescribeIdentityPoolUsage: ['cognito-sync:DescribeIdentityPoolUsage', POOL],
  GetIdentityPoolConfiguration: ['cognito-sync:GetIdentityPoolConfiguration', POOL],
  SetIdentityPoolConfiguration: ['cognito-sync:SetIdentityPoolConfiguration', POOL],
  GetCognitoEvents: ['cognito-sync:GetCognitoEvents', POOL],
  SetCognitoEvents: ['cognito-sync:SetCognitoEvents', POOL],
  BulkPublish: ['cognito-sync:BulkPublish', POOL],
  GetBulkPublishDetails: ['cognito-sync:GetBulkPublishDetails', POOL],
  ListIdentityPoolUsage: ['cognito-sync:ListIdentityPoolUsage', '*'],
};

/** STS. GetCallerIdentity needs no permission at all; it is listed so callers can see that. */
const STS: Record<string, Row> = {
  AssumeRole: ['sts:AssumeRole', '{roleArn}'],
  AssumeRoleWithWebIdentity: ['sts:AssumeRoleWithWebIdentity', '{roleArn}'],
  AssumeRoleWithSAML: ['sts:AssumeRoleWithSAML', '{roleArn}'],
  GetSessionToken: ['sts:GetSessionToken', '*'],
  GetFederationToken: ['sts:GetFederationToken', 'arn:aws:sts::{accountId}:federated-user/{name}'],
  GetCallerIdentity: ['sts:GetCallerIdentity', '*'],
};

const ROLE = 'arn:aws:iam::{accountId}:role/{roleName}';
const IAM: Record<string, Row> = {
  CreateRole: ['iam:CreateRole', ROLE],
  GetRole: ['iam:GetRole', ROLE],
  DeleteRole: ['iam:DeleteRole', ROLE],
  UpdateAssumeRolePolicy: ['iam:UpdateAssumeRolePolicy', ROLE],
  PutRolePolicy: ['iam:PutRolePolicy', ROLE],
  GetRolePolicy: ['iam:GetRolePolicy', ROLE],
  DeleteRolePolicy: ['iam:DeleteRolePolicy', ROLE],
  ListRolePolicies: ['iam:ListRolePolicies', ROLE],
  AttachRolePolicy: ['iam:AttachRolePolicy', ROLE],
  DetachRolePolicy: ['iam:DetachRolePolicy', ROLE],
  ListAttachedRolePolicies: ['iam:ListAttachedRolePolicies', ROLE],
  PassRole: ['iam:PassRole', ROLE],
  // [O] a denial names the account's role (and policy) path: "… iam:ListRoles on resource: arn:aws:iam::<account>:role/ …".
  ListRoles: ['iam:ListRoles', 'arn:aws:iam::{accountId}:role/'],
  CreatePolicy: ['iam:CreatePolicy', 'arn:aws:iam::{accountId}:policy/{policyName}'],
  GetPolicy: ['iam:GetPolicy', '{policyArn}'],
  DeletePolicy: ['iam:DeletePolicy', '{policyArn}'],
  ListPolicies: ['iam:ListPolicies', 'arn:aws:iam::{accountId}:policy/'],
  CreatePolicyVersion: ['iam:CreatePolicyVersion', '{policyArn}'],
  GetPolicyVersion: ['iam:GetPolicyVersion', '{policyArn}'],
  DeletePolicyVersion: ['iam:DeletePolicyVersion', '{policyArn}'],
  ListPolicyVersions: ['iam:ListPolicyVersions', '{policyArn}'],
  SetDefaultPolicyVersion: ['iam:SetDefaultPolicyVersion', '{policyArn}'],
  SimulatePrincipalPolicy: ['iam:SimulatePrincipalPolicy', '{policySourceArn}'],
  SimulateCustomPolicy: ['iam:SimulateCustomPolicy', '*'],
  CreateOpenIDConnectProvider: ['iam:CreateOpenIDConnectProvider', 'arn:aws:iam::{accountId}:oidc-provider/{providerName}'],
  GetOpenIDConnectProvider: ['iam:GetOpenIDConnectProvider', '{providerArn}'],
  DeleteOpenIDConnectProvider: ['iam:DeleteOpenIDConnectProvider', '{providerArn}'],
  AddClientIDToOpenIDConnectProvider: ['iam:AddClientIDToOpenIDConnectProvider', '{providerArn}'],
  RemoveClientIDFromOpenIDConnectProvider: ['iam:RemoveClientIDFromOpenIDConnectProvider', '{providerArn}'],
  UpdateOpenIDConnectProviderThumbprint: ['iam:UpdateOpenIDConnectProviderThumbprint', '{providerArn}'],
  ListOpenIDConnectProviders: ['iam:ListOpenIDConnectProviders', '*'],
  CreateSAMLProvider: ['iam:CreateSAMLProvider', 'arn:aws:iam::{accountId}:saml-provider/{providerName}'],
  GetSAMLProvider: ['iam:GetSAMLProvider', '{providerArn}'],
  DeleteSAMLProvider: ['iam:DeleteSAMLProvider', '{providerArn}'],
  UpdateSAMLProvider: ['iam:UpdateSAMLProvider', '{providerArn}'],
  TagOpenIDConnectProvider: ['iam:TagOpenIDConnectProvider', '{providerArn}'],
  UntagOpenIDConnectProvider: ['iam:UntagOpenIDConnectProvider', '{providerArn}'],
  ListOpenIDConnectProviderTags: ['iam:ListOpenIDConnectProviderTags', '{providerArn}'],
  TagSAMLProvider: ['iam:TagSAMLProvider', '{providerArn}'],
  UntagSAMLProvider: ['iam:UntagSAMLProvider', '{providerArn}'],
  ListSAMLProviderTags: ['iam:ListSAMLProviderTags', '{providerArn}'],
  ListSAMLProviders: ['iam:ListSAMLProviders', '*'],
};

const IDENTITY_POOL = 'arn:aws:cognito-identity:{region}:{accountId}:identitypool/{identityPoolId}';
/** The identity-pool administration API (SigV4-signed). GetId, GetCredentialsForIdentity and GetOpenIdToken are public. */
const COGNITO_IDENTITY: Record<string, Row> = {
  CreateIdentityPool: ['cognito-identity:CreateIdentityPool', '*'],
  // [O] a denial names `arn:aws:cognito-identity:{region}:{account}:identitypool/` (hashicorp/terraform-provider-aws#15773).
  ListIdentityPools: ['cognito-identity:ListIdentityPools', 'arn:aws:cognito-identity:{region}:{accountId}:identitypool/'],
  DescribeIdentityPool: ['cognito-identity:DescribeIdentityPool', IDENTITY_POOL],
  UpdateIdentityPool: ['cognito-identity:UpdateIdentityPool', IDENTITY_POOL],
  DeleteIdentityPool: ['cognito-identity:DeleteIdentityPool', IDENTITY_POOL],
  SetIdentityPoolRoles: ['cognito-identity:SetIdentityPoolRoles', IDENTITY_POOL],
  GetIdentityPoolRoles: ['cognito-identity:GetIdentityPoolRoles', IDENTITY_POOL],
  ListIdentities: ['cognito-identity:ListIdentities', IDENTITY_POOL],
  DescribeIdentity: ['cognito-identity:DescribeIdentity', IDENTITY_POOL],
  DeleteIdentities: ['cognito-identity:DeleteIdentities', IDENTITY_POOL],
  GetOpenIdTokenForDeveloperIdentity: ['cognito-identity:GetOpenIdTokenForDeveloperIdentity', IDENTITY_POOL],
  LookupDeveloperIdentity: ['cognito-identity:LookupDeveloperIdentity', IDENTITY_POOL],
  MergeDeveloperIdentities: ['cognito-identity:MergeDeveloperIdentities', IDENTITY_POOL],
  UnlinkDeveloperIdentity: ['cognito-identity:UnlinkDeveloperIdentity', IDENTITY_POOL],
};

export const OPERATION_ACTIONS = { s3: S3, 'cognito-sync': COGNITO_SYNC, sts: STS, iam: IAM, 'cognito-identity': COGNITO_IDENTITY } as const;

export type AuthorizedService = keyof typeof OPERATION_ACTIONS;

/** The S3 condition keys ListObjects(V2) adds: `s3:prefix`, `s3:delimiter`, `s3:max-keys`. */
function s3Context(operation: string, scope: OperationScope): Record<string, ContextValue> | undefined {
  if (operation !== 'ListObjectsV2' && operation !== 'ListObjects') return undefined;
  const context: Record<string, ContextValue> = {};
  if (scope.prefix !== undefined) context['s3:prefix'] = scope.prefix;
  if (scope.delimiter !== undefined) context['s3:delimiter'] = scope.delimiter;
  if (scope.maxKeys !== undefined) context['s3:max-keys'] = scope.maxKeys;
  return context;
}

/**
 * The IAM action and resource ARN that authorize `operation` of `service`, with the condition keys it adds, or
 * undefined for an operation the table does not list. Throws for a placeholder the scope does not fill.
 */
export function authorizationFor(service: AuthorizedService, operation: string, scope: OperationScope): AuthorizationTarget | undefined {
  const row = (OPERATION_ACTIONS[service] as Record<string, Row>)[operation];
  if (!row) return undefined;
  const [action, template] = row;
  const resource = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = scope[name as keyof OperationScope];
    if (value === undefined) throw new Error(`${service}:${operation} needs ${name} to name its resource`);
    return String(value);
  });
  const target: AuthorizationTarget = { action, resource };
  const context = service === 's3' ? s3Context(operation, scope) : undefined;
  if (context && Object.keys(context).length > 0) target.context = context;
  return target;
}
