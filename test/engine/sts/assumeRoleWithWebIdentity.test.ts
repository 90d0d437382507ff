import { describe, expect, it } from 'vitest';
import { cognitoIdentity, cognitoTrustPolicy, MINUTE, sts, WEB_IDENTITY_DENIED } from '../../../src/engine';
import { STS_MESSAGES } from '../../../src/engine/sts/lib/messages';
import { signJwt } from '../../../src/engine/tokens/jwt';
import { KeyCache } from '../../../src/engine/tokens/keys';
import { newCloud } from '../../support/cloud';
import { classicGuestPool, guestRole, guestToken, issueTestCredentials } from '../../support/credentials';
import { signedInUser } from '../../support/users';

type TestCloud = Awaited<ReturnType<typeof newCloud>>;

/** An unsigned AssumeRoleWithWebIdentity on the wire, as an app sends it; the answer's status and XML. */
async function assume(cloud: TestCloud, params: Record<string, string | number>) {
  const body = new URLSearchParams({
    Action: 'AssumeRoleWithWebIdentity',
    Version: '2011-06-15',
    ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  });
  const response = await cloud.fetch('https://sts.amazonaws.com/', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
  const xml = await response.text();
  const tag = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];
  return {
    status: response.status,
    xml,
    tag,
    error: {
      code: tag('Code'),
      message: tag('Message')
        ?.replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"'),
    },
  };
}

/** A guest pool, a role trusting its guests, and a fresh guest token. */
async function setup(options: Parameters<typeof guestRole>[2] = {}) {
  const cloud = await newCloud({ accountId: '111122223333' });
  const identityPoolId = await classicGuestPool(cloud);
  const roleArn = await guestRole(cloud, identityPoolId, options);
  const { identityId, token } = await guestToken(cloud, identityPoolId);
  const base = { RoleArn: roleArn, RoleSessionName: 'app1', WebIdentityToken: token };
  return { cloud, identityPoolId, roleArn, identityId, token, base };
}

describe('AssumeRoleWithWebIdentity', () => {
  it('answers credentials, the assumed role, the token’s subject, provider and audience, unsigned', async () => {
    const { cloud, identityPoolId, identityId, base } = await setup();
    const answer = await assume(cloud, base);
    expect(answer.status).toBe(200);
    expect(cloud.log.entries.at(-1)).toMatchObject({ service: 'sts', action: 'AssumeRoleWithWebIdentity', status: 200 });
    const accessKeyId = answer.tag('AccessKeyId')!;
    expect(accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(answer.tag('SecretAccessKey')).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect(answer.tag('Expiration')).toBe(new Date(cloud.clock.now() + 3600_000).toISOString().replace('.000Z', 'Z'));
    expect(answer.tag('SubjectFromWebIdentityToken')).toBe(identityId);
    expect(answer.tag('Provider')).toBe('cognito-identity.amazonaws.com');
    expect(answer.tag('Audience')).toBe(identityPoolId);
    expect(answer.tag('Arn')).toBe('arn:aws:sts::111122223333:assumed-role/test-guest-role/app1');
    const roleId = (await cloud.iam.getRole({ RoleName: 'test-guest-role' })).Role.RoleId;
    expect(answer.tag('AssumedRoleId')).toBe(`${roleId}:app1`);
    expect(answer.xml).not.toContain('PackedPolicySize');
    expect(cloud.records(sts).credentials[accessKeyId]).toMatchObject({
      SessionToken: answer.tag('SessionToken'),
      roleArn: base.RoleArn,
      roleId,
      sessionName: 'app1',
      sessionPolicies: [],
      tags: {},
      webIdentity: { provider: 'cognito-identity.amazonaws.com', subject: identityId, audience: identityPoolId, amr: ['unauthenticated'] },
    });
  });

  it('names the role without its path in the assumed-role ARN', async () => {
    const cloud = await newCloud({ accountId: '111122223333' });
    const identityPoolId = await classicGuestPool(cloud);
    const { Role } = await cloud.iam.createRole({
      RoleName: 'Reader',
      Path: '/apps/web/',
      AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(identityPoolId, 'unauthenticated')),
    });
    const issued = await issueTestCredentials(cloud, { identityPoolId, roleArn: Role.Arn, sessionName: 'web' });
    expect(issued.assumedRoleArn).toBe('arn:aws:sts::111122223333:assumed-role/Reader/web');
  });

  describe('RoleSessionName', () => {
    for (const [name, rule] of [
      ['a', 'Member must have length greater than or equal to 2'],
      ['has space', 'Member must satisfy regular expression pattern: [\\w+=,.@-]*'],
      ['x'.repeat(65), 'Member must have length less than or equal to 64'],
    ] as const) {
      it(`refuses '${name.slice(0, 10)}' with ValidationError: ${rule}`, async () => {
        const { cloud, base } = await setup();
        const answer = await assume(cloud, { ...base, RoleSessionName: name });
        expect(answer.status).toBe(400);
        expect(answer.error).toEqual({
          code: 'ValidationError',
          message: `1 validation error detected: Value '${name}' at 'roleSessionName' failed to satisfy constraint: ${rule}`,
        });
      });
    }

    it('takes 2 to 64 characters of letters, digits and +=,.@_-', async () => {
      const { cloud, base } = await setup();
      expect((await assume(cloud, { ...base, RoleSessionName: 'a_B+=,.@-9' })).status).toBe(200);
    });
  });

  describe('DurationSeconds', () => {
    it('refuses less than 900 seconds as the model does', async () => {
      const { cloud, base } = await setup();
      const answer = await assume(cloud, { ...base, DurationSeconds: 899 });
      expect(answer.error).toEqual({
        code: 'ValidationError',
        message:
          "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900",
      });
    });

    it('gives 900 seconds when asked (the default hour is above)', async () => {
      const { cloud, base } = await setup();
      const short = await assume(cloud, { ...base, DurationSeconds: 900 });
      expect(Date.parse(short.tag('Expiration')!)).toBe(cloud.clock.now() + 900_000);
    });

    it('refuses more than the role’s MaxSessionDuration, and takes up to it', async () => {
      const { cloud, base } = await setup({ maxSessionDuration: 7200 });
      const over = await assume(cloud, { ...base, DurationSeconds: 7201 });
      expect(over.status).toBe(400);
      expect(over.error).toEqual({ code: 'ValidationError', message: STS_MESSAGES.durationTooLong });
      const max = await assume(cloud, { ...base, DurationSeconds: 7200 });
      expect(Date.parse(max.tag('Expiration')!)).toBe(cloud.clock.now() + 7200_000);
    });

    it('refuses an hour and a second for a role of the default hour', async () => {
      const { cloud, base } = await setup();
      expect((await assume(cloud, { ...base, DurationSeconds: 3601 })).error).toEqual({ code: 'ValidationError', message: STS_MESSAGES.durationTooLong });
    });
  });

  describe('the web identity token', () => {
    it('must be a JWT (InvalidIdentityToken)', async () => {
      const { cloud, base } = await setup();
      expect(await assume(cloud, { ...base, WebIdentityToken: 'not-a-jwt' })).toMatchObject({
        status: 400,
        error: { code: 'InvalidIdentityToken', message: STS_MESSAGES.invalidToken },
      });
    });

    it('must come from a provider the account has: a user pool ID token has none', async () => {
      const { cloud, base } = await setup();
      const user = await signedInUser(cloud, 'abc.xyz@gmail.com');
      const answer = await assume(cloud, { ...base, WebIdentityToken: user.tokens.IdToken! });
      expect(answer.error).toEqual({
        code: 'InvalidIdentityToken',
        message: `No OpenIDConnect provider found in your account for https://cognito-idp.us-east-1.amazonaws.com/${user.userPoolId}`,
      });
    });

    it('must name an audience: a user pool ACCESS token does not', async () => {
      const { cloud, base } = await setup();
      const user = await signedInUser(cloud, 'abc.xyz@gmail.com');
      expect((await assume(cloud, { ...base, WebIdentityToken: user.tokens.AccessToken! })).error).toEqual({
        code: 'InvalidIdentityToken',
        message: 'Missing a required claim: aud',
      });
    });

    it('must carry its issuer’s signature: a changed claim fails', async () => {
      const { cloud, base, token } = await setup();
      const [header, payload, signature] = token.split('.') as [string, string, string];
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, sub: 'us-east-1:00000000-0000-4000-8000-000000000000' })).toString('base64url');
      expect((await assume(cloud, { ...base, WebIdentityToken: `${header}.${forged}.${signature}` })).error).toEqual({
        code: 'InvalidIdentityToken',
        message: STS_MESSAGES.invalidToken,
      });
    });

    it('must be signed with the region’s key its kid names', async () => {
      const { cloud, base, token } = await setup();
      const [, payload, signature] = token.split('.') as [string, string, string];
      const otherKid = Buffer.from(JSON.stringify({ kid: 'eu-west-1-1', typ: 'JWS', alg: 'RS512' })).toString('base64url');
      expect((await assume(cloud, { ...base, WebIdentityToken: `${otherKid}.${payload}.${signature}` })).error).toEqual({
        code: 'InvalidIdentityToken',
        message: STS_MESSAGES.invalidToken,
      });
    });

    it('is taken until its exp, then ExpiredTokenException at the cloud clock', async () => {
      const { cloud, base } = await setup();
      const issuedAt = Math.floor(cloud.clock.now() / 1000);
      cloud.clock.advance(10 * MINUTE - 1000);
      expect((await assume(cloud, base)).status).toBe(200);
      cloud.clock.advance(1000);
      const late = await assume(cloud, base);
      expect(late.status).toBe(400);
      expect(late.error).toEqual({
        code: 'ExpiredTokenException',
        message: `Token expired: current date/time ${issuedAt + 600} must be before the expiration date/time ${issuedAt + 600}`,
      });
    });
  });

  describe('the role and its trust policy', () => {
    it('refuses a role that does not exist with AccessDenied', async () => {
      const { cloud, base } = await setup();
      expect(await assume(cloud, { ...base, RoleArn: 'arn:aws:iam::111122223333:role/missing' })).toMatchObject({
        status: 403,
        error: { code: 'AccessDenied', message: WEB_IDENTITY_DENIED },
      });
    });

    it('refuses a guest token for a role that trusts only authenticated identities', async () => {
      const { cloud, identityPoolId, base } = await setup();
      const { Role } = await cloud.iam.createRole({
        RoleName: 'auth-only',
        AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(identityPoolId, 'authenticated')),
      });
      expect(await assume(cloud, { ...base, RoleArn: Role.Arn })).toMatchObject({ status: 403, error: { code: 'AccessDenied', message: WEB_IDENTITY_DENIED } });
    });

    it('refuses a token of another identity pool (aud)', async () => {
      const { cloud, base } = await setup();
      const other = await classicGuestPool(cloud, 'other-pool');
      const { token } = await guestToken(cloud, other);
      expect((await assume(cloud, { ...base, WebIdentityToken: token })).error).toEqual({ code: 'AccessDenied', message: WEB_IDENTITY_DENIED });
    });

    it('judges sub as a condition key: a trust policy naming one identity takes only it', async () => {
      const { cloud, identityPoolId, identityId, base } = await setup();
      const trust = cognitoTrustPolicy(identityPoolId, 'unauthenticated');
      (trust.Statement[0]!.Condition.StringEquals as Record<string, string>)['cognito-identity.amazonaws.com:sub'] = identityId;
      const { Role } = await cloud.iam.createRole({ RoleName: 'just-one', AssumeRolePolicyDocument: JSON.stringify(trust) });
      expect((await assume(cloud, { ...base, RoleArn: Role.Arn })).status).toBe(200);
      const { token } = await guestToken(cloud, identityPoolId);
      expect((await assume(cloud, { ...base, RoleArn: Role.Arn, WebIdentityToken: token })).error?.code).toBe('AccessDenied');
    });
  });

  describe('session tags from the token', () => {
    /** A Cognito Identity token with the `https://aws.amazon.com/tags` claim, signed with the region's key as Cognito signs. */
    async function taggedToken(cloud: TestCloud, identityPoolId: string, identityId: string) {
      const key = cloud.records(cognitoIdentity).signingKey!;
      const iat = Math.floor(cloud.clock.now() / 1000);
      const claims = {
        sub: identityId,
        aud: identityPoolId,
        amr: ['unauthenticated'],
        iss: 'https://cognito-identity.amazonaws.com',
        iat,
        exp: iat + 600,
        'https://aws.amazon.com/tags': { principal_tags: { team: ['red'] } },
      };
      return signJwt(claims, key, new KeyCache(), 'RS512');
    }

    it('need sts:TagSession in the trust policy', async () => {
      const { cloud, identityPoolId, identityId, base } = await setup();
      const token = await taggedToken(cloud, identityPoolId, identityId);
      expect((await assume(cloud, { ...base, WebIdentityToken: token })).error).toEqual({
        code: 'AccessDenied',
        message: 'Not authorized to perform sts:TagSession',
      });
    });

    it('are kept with the session when it allows them', async () => {
      const { cloud, identityPoolId, identityId, base } = await setup();
      const trust = cognitoTrustPolicy(identityPoolId, 'unauthenticated');
      (trust.Statement[0] as { Action: unknown }).Action = ['sts:AssumeRoleWithWebIdentity', 'sts:TagSession'];
      const { Role } = await cloud.iam.createRole({ RoleName: 'tagged', AssumeRolePolicyDocument: JSON.stringify(trust) });
      const answer = await assume(cloud, { ...base, RoleArn: Role.Arn, WebIdentityToken: await taggedToken(cloud, identityPoolId, identityId) });
      expect(answer.status).toBe(200);
      expect(cloud.records(sts).credentials[answer.tag('AccessKeyId')!]?.tags).toEqual({ team: 'red' });
    });
  });

  describe('session policies', () => {
    const READ = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' }] };

    it('keeps the inline Policy with the session and answers PackedPolicySize', async () => {
      const { cloud, base } = await setup();
      const answer = await assume(cloud, { ...base, Policy: JSON.stringify(READ) });
      expect(answer.status).toBe(200);
      expect(Number(answer.tag('PackedPolicySize'))).toBeGreaterThan(0);
      expect(cloud.records(sts).credentials[answer.tag('AccessKeyId')!]?.sessionPolicies).toEqual([JSON.stringify(READ)]);
    });

    it('refuses a malformed Policy with MalformedPolicyDocument', async () => {
      const { cloud, base } = await setup();
      expect(await assume(cloud, { ...base, Policy: '{"Version":"2012-10-17","Statement":' })).toMatchObject({
        status: 400,
        error: { code: 'MalformedPolicyDocument', message: 'Syntax errors in policy.' },
      });
    });

    it('reads PolicyArns’ managed policies from IAM, and refuses one that does not exist', async () => {
      const { cloud, base } = await setup();
      const managed = 'arn:aws:iam::aws:policy/AmazonCognitoUnAuthedIdentitiesSessionPolicy';
      const answer = await assume(cloud, { ...base, 'PolicyArns.member.1.arn': managed });
      expect(answer.status).toBe(200);
      const [document] = cloud.records(sts).credentials[answer.tag('AccessKeyId')!]!.sessionPolicies;
      expect(JSON.parse(document!)).toMatchObject({ Statement: expect.any(Array) });
      const missing = 'arn:aws:iam::111122223333:policy/none';
      expect((await assume(cloud, { ...base, 'PolicyArns.member.1.arn': missing })).error).toEqual({
        code: 'MalformedPolicyDocument',
        message: STS_MESSAGES.noSuchPolicy(missing),
      });
    });
  });
});
