/**
 * IAM's errors as AWS words them. Codes are the model's error shapes (`NoSuchEntityException`), which the Query protocol
 * writes under their wire codes (`NoSuchEntity`), with the model's HTTP statuses.
 */
import { CloudError } from '../../kernel/errors';

/** The messages IAM answers with, for callers that compare them. */
export const IAM_MESSAGES = {
  roleExists: (name: string) => `Role with name ${name} already exists.`,
  noRole: (name: string) => `The role with name ${name} cannot be found.`,
  noRolePolicy: (name: string) => `The role policy with name ${name} cannot be found.`,
  /** [O] IAM's answer to DeleteRole while inline policies remain. */
  roleHasPolicies: 'Cannot delete entity, must delete policies first.',
  /** [O] IAM's answer to DeleteRole while managed policies are attached. */
  roleHasAttached: 'Cannot delete entity, must detach all policies first.',
  policyExists: (name: string) => `A policy called ${name} already exists. Duplicate names are not allowed.`,
  /** GetPolicy, DeletePolicy and DetachRolePolicy for a policy that is not there. */
  policyNotFound: (arn: string) => `Policy ${arn} was not found.`,
  /** AttachRolePolicy for a policy that is not there. */
  notAttachable: (arn: string) => `Policy ${arn} does not exist or is not attachable.`,
  /** [U] GetPolicyVersion and DeletePolicyVersion for a version that is not there. */
  noPolicyVersion: (arn: string, version: string) => `Policy ${arn} version ${version} does not exist or is not attachable.`,
  /** [O] DeletePolicy while the policy is attached. */
  policyAttached: 'Cannot delete a policy attached to entities.',
  /** [O] DeletePolicy while non-default versions remain. */
  policyHasVersions:
    "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.",
  versionLimit: 'A managed policy can have up to 5 versions. Before you create a new version, you must delete an existing version.',
  /** [O] DeletePolicyVersion on the default version. */
  deleteDefaultVersion: 'Cannot delete the default version of a policy.',
  /** [U] IAM's answer to a change to an AWS managed policy. */
  awsManagedReadOnly: (arn: string) => `Policy ${arn} is an AWS managed policy and cannot be modified.`,
  /** [O] AttachRolePolicy beyond the default quota of managed policies a role may have. */
  attachedQuota: 'Cannot exceed quota for PoliciesPerRole: 10.',
  /** [O] CreateOpenIDConnectProvider for a URL the account already has (hashicorp terraform answers quote it). */
  oidcProviderExists: (url: string) => `Provider with url ${url} already exists.`,
  /** [O] GetOpenIDConnectProvider (and the other calls on one provider) for an ARN the account has no provider at. */
  noOidcProvider: (arn: string) => `OpenIDConnect Provider not found for arn ${arn}`,
  /** [U] a Url that is not an https URL. */
  oidcUrlInvalid: 'Invalid Open ID Connect Provider URL',
  /** [U] more thumbprints than IAM keeps (5). */
  thumbprintLimit: 'Thumbprint list must contain fewer than 5 entries.',
  /** [U] more client ids than IAM keeps (100). */
  clientIdLimit: 'Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: 100',
  /** [U] CreateSAMLProvider for a name the account already has. */
  samlProviderExists: (name: string) => `SAMLProvider ${name} already exists.`,
  /** [O] GetSAMLProvider and DeleteSAMLProvider for an ARN the account has no provider at. */
  noSamlProvider: (arn: string) => `Manifest not found for arn ${arn}`,
  /** [U] a SAMLMetadataDocument that is not SAML 2.0 IdP metadata. */
  samlMetadataInvalid: 'Could not parse metadata',
  /** [U] the wording for a role ARN SimulatePrincipalPolicy cannot read. */
  invalidArn: (arn: string) => `ARN ${arn} is not valid.`,
} as const;

export const noSuchEntity = (message: string) => new CloudError('NoSuchEntityException', message, 404);
export const entityAlreadyExists = (message: string) => new CloudError('EntityAlreadyExistsException', message, 409);
export const deleteConflict = (message: string) => new CloudError('DeleteConflictException', message, 409);
export const limitExceeded = (message: string) => new CloudError('LimitExceededException', message, 409);
export const malformedPolicy = (message: string) => new CloudError('MalformedPolicyDocumentException', message, 400);
export const unmodifiable = (message: string) => new CloudError('UnmodifiableEntityException', message, 400);
export const invalidInput = (message: string) => new CloudError('InvalidInputException', message, 400);
