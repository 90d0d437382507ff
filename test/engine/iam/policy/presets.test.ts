import { describe, expect, it } from 'vitest';
import {
  ARTICLE_AUTHENTICATED_ROLE_POLICY,
  ARTICLE_UNAUTHENTICATED_ROLE_POLICY,
  authorizationFor,
  cognitoTrustPolicy,
  evaluatePolicies,
  GUEST_SESSION_POLICIES,
  validatePolicyDocument,
  WEB_IDENTITY_DENIED,
  type RequestPrincipal,
} from '../../../../src/engine';
import { IDENTITY_ID, POOL_ID, request } from './helpers';

const GUEST: RequestPrincipal = {
  arn: 'arn:aws:sts::123456789012:assumed-role/Cognito_PoolUnauth_Role/CognitoIdentityCredentials',
  type: 'AssumedRole',
};
const SCOPE = { region: 'us-east-1', accountId: '123456789012', identityPoolId: POOL_ID, identityId: IDENTITY_ID, datasetName: 'prefs' };
const COGNITO_WEB_IDENTITY: RequestPrincipal = { arn: 'cognito-identity.amazonaws.com', type: 'WebIdentity', federated: 'cognito-identity.amazonaws.com' };

describe('the article’s role policies', () => {
  it('are valid identity policies', () => {
    expect(validatePolicyDocument(ARTICLE_AUTHENTICATED_ROLE_POLICY, 'identity')).toBeUndefined();
    expect(validatePolicyDocument(ARTICLE_UNAUTHENTICATED_ROLE_POLICY, 'identity')).toBeUndefined();
  });

  it('let an authenticated identity use Cognito Sync and Cognito Identity, and nothing else', () => {
    const sync = authorizationFor('cognito-sync', 'UpdateRecords', SCOPE);
    expect(sync).toBeDefined();
    const identity = [ARTICLE_AUTHENTICATED_ROLE_POLICY];
    expect(evaluatePolicies(request(sync!.action, sync!.resource), { identity }).decision).toBe('allow');
    expect(evaluatePolicies(request('cognito-identity:ListIdentityPools', '*'), { identity }).decision).toBe('allow');
    const s3 = evaluatePolicies(request('s3:GetObject', 'arn:aws:s3:::bucket/key'), { identity });
    expect(s3.decision).toBe('implicitDeny');
    expect(s3.message).toContain('because no identity-based policy allows the s3:GetObject action');
  });

  it('deny a guest Cognito Identity administration: the guest role does not list cognito-identity:*', () => {
    const r = evaluatePolicies(request('cognito-identity:ListIdentityPools', '*', {}, GUEST), {
      identity: [ARTICLE_UNAUTHENTICATED_ROLE_POLICY],
      session: GUEST_SESSION_POLICIES,
    });
    expect(r.decision).toBe('implicitDeny');
    expect(r.reason).toBe('identity');
  });
});

describe('the guest scope-down session policies (enhanced flow)', () => {
  it('let through a guest’s Cognito Sync call the role allows, naming the scope-down in decidedBy', () => {
    const sync = authorizationFor('cognito-sync', 'ListRecords', SCOPE)!;
    const r = evaluatePolicies(request(sync.action, sync.resource, {}, GUEST), {
      identity: [ARTICLE_UNAUTHENTICATED_ROLE_POLICY],
      session: GUEST_SESSION_POLICIES,
    });
    expect(r.decision).toBe('allow');
    expect(r.trace.decidedBy.map((d) => d.policyName ?? d.type)).toEqual(['identity', 'Cognito scope-down (inline)']);
  });

  it('deny a service outside the list even when the role allows everything (no session policy allows it)', () => {
    const r = evaluatePolicies(request('evidently:EvaluateFeature', 'arn:aws:evidently:us-east-1:123456789012:project/p/feature/f', {}, GUEST), {
      identity: [{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }],
      session: GUEST_SESSION_POLICIES,
    });
    expect(r.decision).toBe('implicitDeny');
    expect(r.message).toBe(
      `User: ${GUEST.arn} is not authorized to perform: evidently:EvaluateFeature on resource: arn:aws:evidently:us-east-1:123456789012:project/p/feature/f because no session policy allows the evidently:EvaluateFeature action`,
    );
  });

  it('allow only some KMS actions to guests (the managed session policy)', () => {
    const all = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] };
    const decide = (action: string) => evaluatePolicies(request(action, '*', {}, GUEST), { identity: [all], session: GUEST_SESSION_POLICIES }).decision;
    expect(decide('kms:Decrypt')).toBe('allow');
    expect(decide('kms:CreateKey')).toBe('implicitDeny');
  });
});

describe('the Cognito trust policy (sts:AssumeRoleWithWebIdentity)', () => {
  const assume = (context: Record<string, string | string[]>, amr: 'authenticated' | 'unauthenticated' = 'authenticated') =>
    evaluatePolicies(
      { principal: COGNITO_WEB_IDENTITY, action: 'sts:AssumeRoleWithWebIdentity', resource: 'arn:aws:iam::123456789012:role/Cognito_PoolAuth_Role', context },
      { identity: [], trust: cognitoTrustPolicy(POOL_ID, amr) },
    );
  const authenticatedToken = {
    'cognito-identity.amazonaws.com:aud': POOL_ID,
    'cognito-identity.amazonaws.com:sub': IDENTITY_ID,
    'cognito-identity.amazonaws.com:amr': ['authenticated', 'cognito-idp.us-east-1.amazonaws.com/us-east-1_abc'],
  };

  it('lets a token of this pool with amr "authenticated" assume the authenticated role', () => {
    const r = assume(authenticatedToken);
    expect(r.decision).toBe('allow');
    const s = r.trace.policies[0]?.statements[0];
    expect(s?.principal).toMatchObject({ element: 'Principal', matchedPattern: 'Federated: cognito-identity.amazonaws.com', applies: true });
    expect(s?.conditions.map((c) => [c.operator, c.result])).toEqual([
      ['StringEquals', true],
      ['ForAnyValue:StringLike', true],
    ]);
  });

  it('refuses a token from another pool (aud) with STS’s words', () => {
    const r = assume({ ...authenticatedToken, 'cognito-identity.amazonaws.com:aud': 'us-east-1:00000000-0000-0000-0000-000000000000' });
    expect(r.decision).toBe('implicitDeny');
    expect(r.reason).toBe('trust');
    expect(r.message).toBe(WEB_IDENTITY_DENIED);
    expect(r.message).toBe('Not authorized to perform sts:AssumeRoleWithWebIdentity');
  });

  it('refuses a guest token for the authenticated role (amr has no "authenticated")', () => {
    const r = assume({ ...authenticatedToken, 'cognito-identity.amazonaws.com:amr': ['unauthenticated'] });
    expect(r.decision).toBe('implicitDeny');
    expect(r.trace.policies[0]?.statements[0]?.conditions[1]).toMatchObject({
      requestValues: ['unauthenticated'],
      result: false,
      why: 'no request value matches',
    });
  });

  it('refuses a web identity from another provider: the Federated principal does not match', () => {
    const r = evaluatePolicies(
      {
        principal: { ...COGNITO_WEB_IDENTITY, federated: 'accounts.google.com' },
        action: 'sts:AssumeRoleWithWebIdentity',
        resource: 'arn:aws:iam::123456789012:role/R',
        context: authenticatedToken,
      },
      { identity: [], trust: cognitoTrustPolicy(POOL_ID, 'authenticated') },
    );
    expect(r.decision).toBe('implicitDeny');
    expect(r.trace.policies[0]?.statements[0]?.principal?.applies).toBe(false);
  });
});
