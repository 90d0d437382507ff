/**
 * IAM authorization of a request made with temporary credentials STS issued (a role session), as AWS decides it after
 * the signature is verified: the operation is mapped to its IAM action and resource (iam/policy/actions.ts), and the
 * role's permissions policies, read from IAM's state now (a policy changed after the credentials were issued applies),
 * together with the session's policies, are evaluated by the policy evaluator. A denial is answered in the service's
 * protocol with AWS's AccessDenied wording; the evaluation, allowed or not, is kept for the log.
 * SIMPLIFIED: the administrator's requests (the example pair, the facade, nested calls) are never evaluated; nor are
 * user pools' (their descriptor names no authorization).
 */
import type { IamState } from '../iam/model';
import {
  authorizationFor,
  evaluatePolicies,
  type AuthorizationTarget,
  type ContextValue,
  type DecisionKind,
  type EvaluationRequest,
  type EvaluationTrace,
  type PolicyType,
} from '../iam/policy';
import { CloudError } from '../kernel/errors';
import type { AnyService, ProtocolId } from '../services';
import type { IssuedCredentials } from '../sts/model';
import { conditionKeys } from '../sts/lib/samlKeys';
import type { Caller } from './caller';
import { policiesOfRole, roleByArn } from '../iam/lib/rolePolicies';

/** What the log keeps of a request's authorization: the action and resource it was judged as, the decision and its trace. */
export interface AuthorizationRecord {
  action: string;
  resource: string;
  decision: DecisionKind;
  /** The policy type that decided (see EvaluationResult). */
  reason: PolicyType;
  /** For a denial, the message the caller was answered with. */
  message?: string;
  trace: EvaluationTrace;
}

/** What the step needs from the cloud besides the request: where and when it is, and IAM's state as it is now. */
export interface AuthorizationEnv {
  accountId: string;
  /** The region the request is for. */
  region: string;
  /** Epoch ms. */
  now: number;
  /** Sent over https (`aws:SecureTransport`). */
  secure: boolean;
  /** IAM's state in this account, read when the request is judged; undefined when the cloud has no IAM. */
  iam(): IamState | undefined;
}

export interface Authorized {
  record: AuthorizationRecord;
  /** Set when the request is denied: the error to answer with. */
  error?: CloudError;
}

/** STS's GetCallerIdentity: "No permissions are required to perform this operation" (STS API Reference). */
const FREE_ACTION = 'sts:GetCallerIdentity';

const EMPTY_IAM: IamState = { roles: {}, policies: {}, oidcProviders: {}, samlProviders: {} };

/**
 * Authorizes one parsed request, or returns undefined when it is not evaluated: the caller is not a role session, the
 * service is not authorized here, the operation is STS's GetCallerIdentity (AWS: "No permissions are required to perform
 * this operation", even under an explicit Deny), or it is public (the service's `unsignedActions`: GetId,
 * AssumeRoleWithWebIdentity).
 */
export function authorize(service: AnyService, operation: string, request: unknown, caller: Caller, env: AuthorizationEnv): Authorized | undefined {
  const authorization = service.authorization;
  if (caller.kind !== 'session' || !authorization) return undefined;
  // [U] a public action signed with credentials is answered as it is unsigned: its own checks (the token, the trust
  // policy, the pool's settings) decide, not the caller's permissions.
  if (service.unsignedActions?.includes(operation)) return undefined;
  const scope = { ...authorization.scope(operation, request, env.region), region: env.region, accountId: env.accountId };
  const target: AuthorizationTarget = authorizationFor(authorization.service, operation, scope) ?? {
    // [U] an operation the table does not list is judged as the IAM action of its own name, on every resource.
    action: `${authorization.service}:${operation}`,
    resource: '*',
  };
  if (target.action === FREE_ACTION) return undefined;
  const credentials = caller.credentials;
  const evaluation: EvaluationRequest = {
    principal: {
      arn: credentials.assumedRoleArn,
      type: 'AssumedRole',
      userid: `${credentials.roleId}:${credentials.sessionName}`,
      tags: credentials.tags,
    },
    action: target.action,
    resource: target.resource,
    context: { ...requestContext(credentials, env), ...target.context },
  };
  const iam = env.iam() ?? EMPTY_IAM;
  const named = roleByArn(iam, credentials.roleArn);
  // [U] a role deleted after its credentials were issued has no policies left: every request is implicitly denied. A role
  // created again under the same name is another role (a new RoleId), and grants the old session nothing.
  const role = named?.RoleId === credentials.roleId ? named : undefined;
  const identity = role ? policiesOfRole(iam, role) : [];
  const session = credentials.sessionPolicies.map((document, i) => ({ name: `Session policy ${i + 1}`, document }));
  const result = evaluatePolicies(evaluation, { identity, ...(session.length > 0 ? { session } : {}) });
  const record: AuthorizationRecord = {
    action: target.action,
    resource: target.resource,
    decision: result.decision,
    reason: result.reason,
    trace: result.trace,
  };
  if (result.decision === 'allow') return { record };
  const error = denied(service.protocol.id, result.message ?? '', target.resource);
  record.message = error.message;
  return { record, error };
}

/**
 * The denial a role session gets in place of an error its request was answered with, where AWS shows that error only
 * to a caller allowed another operation (the descriptor's `concealed`: S3's GetObject and HeadObject answer a missing
 * key NoSuchKey only to a caller allowed s3:ListBucket on the bucket, else 403 AccessDenied, Amazon S3 API Reference);
 * undefined when the caller may see the error. The record is that other operation's evaluation.
 * [U] the wording of this denial: the evaluator's, naming s3:ListBucket.
 */
export function conceal(
  service: AnyService,
  operation: string,
  request: unknown,
  caller: Caller,
  env: AuthorizationEnv,
  error: CloudError,
): Authorized | undefined {
  const other = service.authorization?.concealed?.(operation, error.code);
  const judged = other ? authorize(service, other, request, caller, env) : undefined;
  return judged?.error ? judged : undefined;
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The global condition keys of a role session's request, and the web identity's keys when the session has one. */
function requestContext(credentials: IssuedCredentials, env: AuthorizationEnv): Record<string, ContextValue> {
  const context: Record<string, ContextValue> = {
    'aws:CurrentTime': isoSeconds(env.now),
    // When the temporary credentials were issued: present only for them (IAM User Guide, global condition keys).
    'aws:TokenIssueTime': isoSeconds(credentials.issuedAt),
    'aws:EpochTime': Math.floor(env.now / 1000),
    'aws:SecureTransport': env.secure,
    'aws:RequestedRegion': env.region,
    'aws:PrincipalAccount': env.accountId,
  };
  const web = credentials.webIdentity;
  if (web) {
    // `cognito-identity.amazonaws.com:sub|aud|amr` for an identity pool's identity: `${…:sub}` is its identity id; an IAM
    // OIDC provider's or Google's keys are named after its URL (`idp.example.com:sub`).
    const prefix = web.keyPrefix ?? web.provider;
    context[`${prefix}:sub`] = web.subject;
    context[`${prefix}:aud`] = web.audience;
    if (web.amr) context[`${prefix}:amr`] = web.amr;
  }
  const saml = credentials.saml;
  // A SAML session's keys, for policy variables such as `${saml:namequalifier}/${saml:sub}` (IAM User Guide, "Available keys for SAML-based federation").
  if (saml) Object.assign(context, conditionKeys(saml));
  if (credentials.sourceIdentity !== undefined) context['aws:SourceIdentity'] = credentials.sourceIdentity;
  return context;
}

/**
 * A denial in the protocol's words. A JSON service's is AccessDeniedException with status 400 [O] (Cognito Identity:
 * "AccessDeniedException: User: … is not authorized to perform: cognito-identity:ListIdentityPools … status code: 400",
 * hashicorp/terraform-provider-aws#15773).
 */
function denied(protocol: ProtocolId, message: string, resource: string): CloudError {
  // S3 quotes the resource (Amazon S3 User Guide, "Access denied message examples": `User: user-arn is not authorized to
  // perform: action on resource: "resource-arn" because context`).
  if (protocol === 'rest-xml') return new CloudError('AccessDenied', message.replace(`on resource: ${resource}`, `on resource: "${resource}"`), 403);
  if (protocol === 'query') return new CloudError('AccessDenied', message, 403);
  // [O] Cognito Sync (REST-JSON) answers AccessDeniedException with status 403 (aws/aws-sdk-java#1912: "User: … is not
  // authorized to perform: cognito-sync:ListDatasets on resource: … (Status Code: 403; Error Code: AccessDeniedException)").
  if (protocol === 'rest-json') return new CloudError('AccessDeniedException', message, 403);
  // [U] JSON services' status for an IAM denial.
  return new CloudError('AccessDeniedException', message, 400);
}
