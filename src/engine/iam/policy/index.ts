/** The IAM policy evaluator: parse and validate documents, evaluate requests with a trace, map operations to actions. */
export { evaluatePolicies } from './evaluate';
export { parsePolicy, PolicyDocumentError, POLICY_MESSAGES } from './parse';
export { validatePolicyDocument } from './validate';
export { accessDeniedMessage, WEB_IDENTITY_DENIED } from './messages';
export { authorizationFor, OPERATION_ACTIONS, type AuthorizationTarget, type AuthorizedService, type OperationScope } from './actions';
export {
  AMAZON_COGNITO_UNAUTHED_IDENTITIES_SESSION_POLICY,
  ARTICLE_AUTHENTICATED_ROLE_POLICY,
  ARTICLE_UNAUTHENTICATED_ROLE_POLICY,
  GUEST_SCOPE_DOWN_POLICY,
  GUEST_SESSION_POLICIES,
  cognitoTrustPolicy,
  IDENTITY_ID_VARIABLE,
  perIdentityS3Policy,
  perIdentitySyncPolicy,
} from './presets';
export type * from './types';
