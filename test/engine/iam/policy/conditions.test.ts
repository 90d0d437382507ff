import { describe, expect, it } from 'vitest';
import { evaluatePolicies, type EvaluationRequest } from '../../../../src/engine';
import { allowIf, request } from './helpers';

/** Evaluates one condition block against a request context; returns the decision and the condition traces. */
function check(condition: Record<string, unknown>, context: EvaluationRequest['context']) {
  const r = evaluatePolicies(request('s3:GetObject', 'arn:aws:s3:::bucket/key', context), { identity: [allowIf(condition)] });
  return { decision: r.decision, conditions: r.trace.policies[0]?.statements[0]?.conditions ?? [] };
}
const holds = (condition: Record<string, unknown>, context: EvaluationRequest['context']) => check(condition, context).decision === 'allow';

describe('string operators', () => {
  it('StringEquals compares case-sensitively, and the trace shows both sides', () => {
    const r = check({ StringEquals: { 'aws:username': 'sam' } }, { 'aws:username': 'sam' });
    expect(r.decision).toBe('allow');
    expect(r.conditions[0]).toEqual({
      operator: 'StringEquals',
      baseOperator: 'StringEquals',
      ifExists: false,
      key: 'aws:username',
      requestValues: ['sam'],
      policyValues: ['sam'],
      result: true,
      why: 'a policy value matches',
    });
    expect(holds({ StringEquals: { 'aws:username': 'Sam' } }, { 'aws:username': 'sam' })).toBe(false);
  });

  it('StringEqualsIgnoreCase ignores case; StringNotEqualsIgnoreCase negates it', () => {
    expect(holds({ StringEqualsIgnoreCase: { 'aws:username': 'SAM' } }, { 'aws:username': 'sam' })).toBe(true);
    expect(holds({ StringNotEqualsIgnoreCase: { 'aws:username': 'SAM' } }, { 'aws:username': 'sam' })).toBe(false);
  });

  it('StringLike takes `*` and `?` wildcards; StringNotLike holds when none matches', () => {
    expect(holds({ StringLike: { 's3:prefix': 'home/*' } }, { 's3:prefix': 'home/sam/' })).toBe(true);
    expect(holds({ StringLike: { 's3:prefix': 'home/?' } }, { 's3:prefix': 'home/ab' })).toBe(false);
    expect(holds({ StringNotLike: { 's3:prefix': ['tmp/*', 'cache/*'] } }, { 's3:prefix': 'home/' })).toBe(true);
    expect(holds({ StringNotLike: { 's3:prefix': ['tmp/*', 'cache/*'] } }, { 's3:prefix': 'cache/x' })).toBe(false);
  });

  it('several values for one key are alternatives (OR)', () => {
    const c = { StringEquals: { 'cognito-identity.amazonaws.com:aud': ['us-east-1:a', 'us-east-1:b'] } };
    expect(holds(c, { 'cognito-identity.amazonaws.com:aud': 'us-east-1:b' })).toBe(true);
    expect(holds(c, { 'cognito-identity.amazonaws.com:aud': 'us-east-1:c' })).toBe(false);
  });

  it('a negated operator with several values holds only when none matches (StringNotEquals)', () => {
    const c = { StringNotEquals: { 'aws:username': ['sam', 'kim'] } };
    expect(holds(c, { 'aws:username': 'lee' })).toBe(true);
    const r = check(c, { 'aws:username': 'kim' });
    expect(r.decision).toBe('implicitDeny');
    expect(r.conditions[0]).toMatchObject({ result: false, why: 'a policy value matches' });
  });

  it('several keys, and several operators, must all hold (AND)', () => {
    const c = { StringEquals: { 'aws:username': 'sam', 'aws:PrincipalTag/team': 'blue' }, Bool: { 'aws:SecureTransport': 'true' } };
    expect(holds(c, { 'aws:username': 'sam', 'aws:PrincipalTag/team': 'blue', 'aws:SecureTransport': true })).toBe(true);
    const r = check(c, { 'aws:username': 'sam', 'aws:PrincipalTag/team': 'red', 'aws:SecureTransport': true });
    expect(r.decision).toBe('implicitDeny');
    expect(r.conditions.map((t) => t.result)).toEqual([true, false, true]);
  });

  it('condition key names are case-insensitive', () => {
    expect(holds({ StringEquals: { 'AWS:UserName': 'sam' } }, { 'aws:username': 'sam' })).toBe(true);
    expect(holds({ StringEquals: { 'aws:username': 'sam' } }, { 'AWS:USERNAME': 'sam' })).toBe(true);
  });
});

describe('a key absent from the request', () => {
  it('makes a positive operator false', () => {
    const r = check({ StringEquals: { 'aws:PrincipalTag/team': 'blue' } }, {});
    expect(r.decision).toBe('implicitDeny');
    expect(r.conditions[0]).toMatchObject({ result: false, why: 'key absent' });
    expect(r.conditions[0]?.requestValues).toBeUndefined();
  });

  it('makes a negated operator true', () => {
    const r = check({ StringNotEquals: { 'aws:PrincipalTag/team': 'blue' } }, {});
    expect(r.conditions[0]).toMatchObject({ result: true, why: 'key absent (a negated operator holds)' });
  });

  it('…IfExists is true when the key is absent, and compares as usual when present', () => {
    expect(check({ StringEqualsIfExists: { 'aws:PrincipalTag/team': 'blue' } }, {}).conditions[0]).toMatchObject({
      ifExists: true,
      baseOperator: 'StringEquals',
      result: true,
      why: 'IfExists: key absent',
    });
    expect(holds({ StringEqualsIfExists: { 'aws:PrincipalTag/team': 'blue' } }, { 'aws:PrincipalTag/team': 'red' })).toBe(false);
    expect(holds({ NumericLessThanIfExists: { 's3:max-keys': '10' } }, {})).toBe(true);
  });

  it('Null: "true" holds when the key is absent, "false" when it is present', () => {
    expect(holds({ Null: { 'aws:TokenIssueTime': 'true' } }, {})).toBe(true);
    expect(holds({ Null: { 'aws:TokenIssueTime': 'true' } }, { 'aws:TokenIssueTime': '2026-01-15T09:00:00Z' })).toBe(false);
    const r = check({ Null: { 'aws:TokenIssueTime': 'false' } }, { 'aws:TokenIssueTime': '2026-01-15T09:00:00Z' });
    expect(r.conditions[0]).toMatchObject({ baseOperator: 'Null', result: true, why: 'key present' });
  });
});

describe('multivalued keys: ForAnyValue and ForAllValues', () => {
  const AMR = 'cognito-identity.amazonaws.com:amr';
  const amr = ['authenticated', 'cognito-idp.us-east-1.amazonaws.com/us-east-1_abc', 'cognito-idp.us-east-1.amazonaws.com/us-east-1_abc:CognitoSignIn:sub'];

  it('ForAnyValue holds when any request value matches a policy value', () => {
    const r = check({ 'ForAnyValue:StringLike': { [AMR]: 'authenticated' } }, { [AMR]: amr });
    expect(r.decision).toBe('allow');
    expect(r.conditions[0]).toMatchObject({ qualifier: 'ForAnyValue', baseOperator: 'StringLike', requestValues: amr, why: 'a request value matches' });
  });

  it('ForAnyValue is false when no request value matches', () => {
    expect(holds({ 'ForAnyValue:StringLike': { [AMR]: 'unauthenticated' } }, { [AMR]: amr })).toBe(false);
  });

  it('ForAnyValue is false when the key is absent (no values)', () => {
    expect(check({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'team' } }, {}).conditions[0]).toMatchObject({
      result: false,
      why: 'ForAnyValue: no values in the request',
    });
  });

  it('ForAllValues holds when every request value matches some policy value', () => {
    expect(holds({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'project'] } }, { 'aws:TagKeys': ['team'] })).toBe(true);
    const r = check({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'project'] } }, { 'aws:TagKeys': ['team', 'cost'] });
    expect(r.conditions[0]).toMatchObject({ result: false, why: 'a request value matches none' });
  });

  it('ForAllValues is true when the key is absent or empty (the documented risk with Allow)', () => {
    expect(check({ 'ForAllValues:StringEquals': { 'aws:TagKeys': 'team' } }, {}).conditions[0]).toMatchObject({
      result: true,
      why: 'ForAllValues: no values in the request',
    });
    expect(holds({ 'ForAllValues:StringEquals': { 'aws:TagKeys': 'team' } }, { 'aws:TagKeys': [] })).toBe(true);
  });

  it('ForAllValues with a negated operator: no request value may match any policy value', () => {
    expect(holds({ 'ForAllValues:StringNotLike': { 'aws:TagKeys': 'admin*' } }, { 'aws:TagKeys': ['team', 'cost'] })).toBe(true);
    expect(holds({ 'ForAllValues:StringNotLike': { 'aws:TagKeys': 'admin*' } }, { 'aws:TagKeys': ['team', 'adminFlag'] })).toBe(false);
  });

  it('ForAnyValue:…IfExists is true when the key is absent', () => {
    expect(holds({ 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': 'team' } }, {})).toBe(true);
  });
});

describe('numeric, date, boolean, binary, IP and ARN operators', () => {
  it('Numeric operators compare numbers: the request value against the policy value', () => {
    expect(holds({ NumericLessThanEquals: { 's3:max-keys': '10' } }, { 's3:max-keys': 10 })).toBe(true);
    expect(holds({ NumericLessThan: { 's3:max-keys': '10' } }, { 's3:max-keys': 10 })).toBe(false);
    expect(holds({ NumericGreaterThan: { 's3:max-keys': '10' } }, { 's3:max-keys': '11' })).toBe(true);
    expect(holds({ NumericEquals: { 's3:max-keys': '10' } }, { 's3:max-keys': '10.0' })).toBe(true);
    expect(holds({ NumericNotEquals: { 's3:max-keys': ['10', '20'] } }, { 's3:max-keys': 30 })).toBe(true);
    expect(holds({ NumericGreaterThanEquals: { 's3:max-keys': '10' } }, { 's3:max-keys': 'ten' })).toBe(false);
  });

  it('Date operators accept ISO 8601 and epoch seconds alike', () => {
    expect(holds({ DateLessThan: { 'aws:CurrentTime': '2026-02-01T00:00:00Z' } }, { 'aws:CurrentTime': '2026-01-15T09:00:00Z' })).toBe(true);
    expect(holds({ DateGreaterThan: { 'aws:CurrentTime': '2026-02-01' } }, { 'aws:CurrentTime': '2026-01-15T09:00:00Z' })).toBe(false);
    expect(holds({ DateEquals: { 'aws:EpochTime': '2026-01-15T09:00:00Z' } }, { 'aws:EpochTime': 1768467600 })).toBe(true);
    expect(holds({ DateLessThanEquals: { 'aws:CurrentTime': '1768467600' } }, { 'aws:CurrentTime': '2026-01-15T10:00:00+01:00' })).toBe(true);
    expect(holds({ DateNotEquals: { 'aws:CurrentTime': '2026-01-15T09:00:00Z' } }, { 'aws:CurrentTime': '2026-01-15T09:00:01Z' })).toBe(true);
  });

  it('Bool compares true/false; a request boolean counts as its word', () => {
    expect(holds({ Bool: { 'aws:SecureTransport': 'true' } }, { 'aws:SecureTransport': true })).toBe(true);
    expect(holds({ Bool: { 'aws:SecureTransport': true } }, { 'aws:SecureTransport': 'false' })).toBe(false);
    expect(holds({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }, {})).toBe(true);
  });

  it('BinaryEquals compares the base64 values', () => {
    expect(holds({ BinaryEquals: { 'key:bin': 'QmluYXJ5VmFsdWU=' } }, { 'key:bin': 'QmluYXJ5VmFsdWU=' })).toBe(true);
    expect(holds({ BinaryEquals: { 'key:bin': 'QmluYXJ5VmFsdWU=' } }, { 'key:bin': 'b3RoZXI=' })).toBe(false);
  });

  it('IpAddress matches CIDR ranges (IPv4 and IPv6); NotIpAddress the rest', () => {
    expect(holds({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '203.0.113.45' })).toBe(true);
    expect(holds({ IpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] } }, { 'aws:SourceIp': '198.51.100.7' })).toBe(false);
    expect(holds({ IpAddress: { 'aws:SourceIp': '198.51.100.7' } }, { 'aws:SourceIp': '198.51.100.7' })).toBe(true);
    expect(holds({ IpAddress: { 'aws:SourceIp': '2001:db8::/32' } }, { 'aws:SourceIp': '2001:db8:1234::1' })).toBe(true);
    expect(holds({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '198.51.100.7' })).toBe(true);
    expect(holds({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }, { 'aws:SourceIp': '203.0.113.9' })).toBe(false);
  });

  it('ArnLike/ArnEquals compare each ARN part with wildcards; the Not forms negate', () => {
    const role = 'arn:aws:iam::123456789012:role/Cognito_PoolAuth_Role';
    expect(holds({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Cognito_*' } }, { 'aws:PrincipalArn': role })).toBe(true);
    expect(holds({ ArnEquals: { 'aws:PrincipalArn': role } }, { 'aws:PrincipalArn': role })).toBe(true);
    expect(holds({ ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Admin*' } }, { 'aws:PrincipalArn': role })).toBe(true);
    expect(holds({ ArnNotEquals: { 'aws:PrincipalArn': role } }, { 'aws:PrincipalArn': role })).toBe(false);
    expect(holds({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/*' } }, { 'aws:PrincipalArn': 'not-an-arn' })).toBe(false);
  });

  it('the principal’s ARN is in the context as aws:PrincipalArn without being given', () => {
    expect(holds({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:sts::123456789012:assumed-role/Cognito_PoolAuth_Role/*' } }, {})).toBe(true);
  });
});
