import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MINUTE, sts } from '../../../src/engine';
import { GUEST_MANAGED_SESSION_POLICY } from '../../../src/engine/identityPool/actions/getCredentialsForIdentity';
import { SAML_MESSAGES, STS_MESSAGES } from '../../../src/engine/sts/lib/messages';
import { AWS_SAML_ATTRIBUTES, nameQualifier } from '../../../src/engine/sts/lib/samlResponse';
import { expectAwsError, newCloud } from '../../support/cloud';
import { TEST_ISSUER, tampered } from '../../support/saml';
import { awsResponse, SAML_ACCOUNT, samlSetup, samlTrustPolicy } from '../../support/samlSts';

type TestCloud = Awaited<ReturnType<typeof newCloud>>;

/** A cloud with the IdP's provider and a role; `pair` the Role attribute value for them. */
async function setup(options: Parameters<typeof samlSetup>[1] = {}) {
  const cloud = await newCloud({ accountId: SAML_ACCOUNT });
  const { providerArn, roleArn } = await samlSetup(cloud, options);
  return { cloud, providerArn, roleArn, pair: `${roleArn},${providerArn}` };
}

const assume = (cloud: TestCloud, request: Parameters<TestCloud['sts']['assumeRoleWithSAML']>[0]) => cloud.sts.assumeRoleWithSAML(request);

describe('AssumeRoleWithSAML', () => {
  it('answers credentials for the session the assertion names, with its subject, issuer, audience and name qualifier', async () => {
    const { cloud, providerArn, roleArn, pair } = await setup();
    const SAMLAssertion = await awsResponse(cloud, { roles: [pair] });
    const answer = await assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion });
    expect(answer.Credentials!.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(new Date(answer.Credentials!.Expiration!).getTime()).toBe(cloud.clock.now() + 3600_000);
    expect(answer.AssumedRoleUser!.Arn).toBe(`arn:aws:sts::${SAML_ACCOUNT}:assumed-role/SamlUsers/maria.garcia@example.com`);
    expect(answer.AssumedRoleUser!.AssumedRoleId).toMatch(/^AROA[A-Z0-9]+:maria\.garcia@example\.com$/);
    expect(answer).toMatchObject({
      Subject: 'maria-7f3c',
      SubjectType: 'persistent',
      Issuer: TEST_ISSUER,
      Audience: 'https://signin.aws.amazon.com/saml',
      NameQualifier: await nameQualifier(TEST_ISSUER, SAML_ACCOUNT, 'CorpIdP'),
    });
    expect(answer.PackedPolicySize).toBeUndefined();
    expect(cloud.log.entries.at(-1)).toMatchObject({ service: sts.id, action: 'AssumeRoleWithSAML', status: 200 });
    const issued = cloud.inspect(sts).credentials.at(-1)!;
    expect(issued.saml).toMatchObject({ provider: providerArn, subject: 'maria-7f3c', doc: `${SAML_ACCOUNT}/CorpIdP` });
  });

  it('computes NameQualifier as BASE64(SHA1(issuer + account + "/" + provider name))', async () => {
    // The STS API reference's pseudocode, checked against Node's own SHA-1.
    const expected = createHash('sha1').update('https://example.com/saml123456789012/MySAMLIdP').digest('base64');
    expect(await nameQualifier('https://example.com/saml', '123456789012', 'MySAMLIdP')).toBe(expected);
  });

  it('takes the pair in either order, a regional sign-in endpoint, and keeps a format outside SAML 2.0’s as written', async () => {
    const { cloud, providerArn, roleArn } = await setup({
      trust: (provider) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: provider }, Action: 'sts:AssumeRoleWithSAML' }] }),
    });
    const regional = 'https://eu-west-1.signin.aws.amazon.com/saml';
    const SAMLAssertion = await awsResponse(cloud, {
      roles: [`${providerArn}, ${roleArn}`],
      overrides: { audience: regional, recipient: regional, nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress' },
    });
    const answer = await assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion });
    expect(answer).toMatchObject({ Audience: regional, SubjectType: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress' });
  });

  it('ends the session at the assertion’s SessionNotOnOrAfter when that comes before DurationSeconds', async () => {
    const { cloud, providerArn, roleArn, pair } = await setup({ maxSessionDuration: 7200 });
    const sessionEnd = cloud.clock.now() + 30 * MINUTE;
    const SAMLAssertion = await awsResponse(cloud, {
      roles: [pair],
      edit: (xml) => xml.replace('<saml:AuthnStatement ', `<saml:AuthnStatement SessionNotOnOrAfter="${new Date(sessionEnd).toISOString()}" `),
    });
    const capped = await assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion, DurationSeconds: 7200 });
    expect(new Date(capped.Credentials!.Expiration!).getTime()).toBe(sessionEnd);
    const shorter = await assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion, DurationSeconds: 900 });
    expect(new Date(shorter.Credentials!.Expiration!).getTime()).toBe(cloud.clock.now() + 900_000);
    await expectAwsError(
      assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion, DurationSeconds: 7201 }),
      'ValidationError',
      STS_MESSAGES.durationTooLong,
    );
  });

  it('answers session policies’ PackedPolicySize and refuses a malformed one', async () => {
    const { cloud, providerArn, roleArn, pair } = await setup();
    const SAMLAssertion = await awsResponse(cloud, { roles: [pair] });
    const Policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });
    expect((await assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion, Policy })).PackedPolicySize).toBeGreaterThan(0);
    await expectAwsError(
      assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion, Policy: '{' }),
      'MalformedPolicyDocumentException',
      'Syntax errors in policy.',
    );
    // Under the 2,048 characters a Policy may have, but with a managed policy's ARN over the packed limit.
    const statements: Record<string, string>[] = [];
    const big = () => JSON.stringify({ Version: '2012-10-17', Statement: statements });
    while (big().length < 1900) statements.push({ Effect: 'Allow', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-${statements.length}/*` });
    statements[0]!.Sid = 'x'.repeat(2040 - big().length - ',"Sid":""'.length);
    expect(big().length).toBe(2040);
    await expectAwsError(
      assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion, Policy: big(), PolicyArns: [{ arn: GUEST_MANAGED_SESSION_POLICY }] }),
      'PackedPolicyTooLargeException',
      STS_MESSAGES.packedTooLarge,
    );
  });

  it('refuses a provider the account does not have, and a response that is not SAML', async () => {
    const { cloud, providerArn, roleArn, pair } = await setup();
    const SAMLAssertion = await awsResponse(cloud, { roles: [pair] });
    const other = `arn:aws:iam::${SAML_ACCOUNT}:saml-provider/Nobody`;
    await expectAwsError(assume(cloud, { RoleArn: roleArn, PrincipalArn: other, SAMLAssertion }), 'InvalidIdentityTokenException', SAML_MESSAGES.noProvider);
    await expectAwsError(
      assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion: btoa('<nope/>') }),
      'InvalidIdentityTokenException',
      SAML_MESSAGES.malformed,
    );
  });

  it('refuses a tampered response and one signed by a key the metadata does not list: Response signature invalid', async () => {
    const { cloud, providerArn, roleArn, pair } = await setup();
    const good = await awsResponse(cloud, { roles: [pair] });
    const edited = tampered(good, (xml) => xml.replace('maria-7f3c', 'admin-0001'));
    await expectAwsError(
      assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion: edited }),
      'InvalidIdentityTokenException',
      SAML_MESSAGES.badSignature,
    );
    const stranger = await awsResponse(cloud, { roles: [pair], stranger: true });
    await expectAwsError(
      assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion: stranger }),
      'InvalidIdentityTokenException',
      SAML_MESSAGES.badSignature,
    );
  });

  it('refuses another issuer, an audience or recipient that is not AWS’s sign-in endpoint', async () => {
    const { cloud, providerArn, roleArn, pair } = await setup();
    const call = async (overrides: Parameters<typeof awsResponse>[1]['overrides']) =>
      assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion: await awsResponse(cloud, { roles: [pair], overrides }) });
    await expectAwsError(call({ issuer: 'https://other.example.com/idp' }), 'InvalidIdentityTokenException', SAML_MESSAGES.issuer);
    await expectAwsError(call({ audience: 'urn:amazon:cognito:sp:eu-west-1_abc' }), 'InvalidIdentityTokenException', SAML_MESSAGES.audience);
    await expectAwsError(call({ recipient: 'https://app.example.com/acs' }), 'InvalidIdentityTokenException', SAML_MESSAGES.recipient);
  });

  it('refuses an expired response, and one redeemed more than five minutes after it was issued', async () => {
    const { cloud, providerArn, roleArn, pair } = await setup();
    const expired = await awsResponse(cloud, { roles: [pair], overrides: { now: cloud.clock.now() - 20 * MINUTE } });
    await expectAwsError(
      assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion: expired }),
      'ExpiredTokenException',
      SAML_MESSAGES.expired,
    );
    const stale = await awsResponse(cloud, { roles: [pair], overrides: { now: cloud.clock.now() - 6 * MINUTE } });
    await expectAwsError(assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion: stale }), 'ExpiredTokenException', SAML_MESSAGES.stale);
  });

  it('passes on the IdP’s refusal (a StatusCode other than Success) as IDPRejectedClaim', async () => {
    const { cloud, providerArn, roleArn, pair } = await setup();
    const good = await awsResponse(cloud, { roles: [pair] });
    // The Status is outside the signed Assertion, so editing it leaves the signature intact.
    const failed = tampered(good, (xml) => xml.replace('urn:oasis:names:tc:SAML:2.0:status:Success', 'urn:oasis:names:tc:SAML:2.0:status:Responder'));
    await expectAwsError(
      assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion: failed }),
      'IDPRejectedClaimException',
      SAML_MESSAGES.rejected,
    );
  });

  it('needs a RoleSessionName attribute that matches STS’s pattern, and a valid SourceIdentity', async () => {
    const { cloud, providerArn, roleArn, pair } = await setup();
    const call = async (options: Omit<Parameters<typeof awsResponse>[1], 'roles'>) =>
      assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion: await awsResponse(cloud, { roles: [pair], ...options }) });
    await expectAwsError(call({ sessionName: null }), 'InvalidIdentityTokenException', SAML_MESSAGES.noSessionName);
    await expectAwsError(call({ sessionName: 'María García' }), 'InvalidIdentityTokenException', SAML_MESSAGES.badSessionName);
    await expectAwsError(
      call({ attributes: { [AWS_SAML_ATTRIBUTES.sourceIdentity]: ['aws:maria'] } }),
      'InvalidIdentityTokenException',
      SAML_MESSAGES.badSourceIdentity,
    );
  });

  it('refuses a role the assertion does not offer through this provider, and a trust policy’s refusal, in the same words', async () => {
    const { cloud, providerArn, roleArn } = await setup();
    const { Role: other } = await cloud.iam.createRole({ RoleName: 'Other', AssumeRolePolicyDocument: JSON.stringify(samlTrustPolicy(providerArn)) });
    const offersOther = await awsResponse(cloud, { roles: [`${other.Arn},${providerArn}`] });
    await expectAwsError(assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion: offersOther }), 'AccessDenied', SAML_MESSAGES.denied);
    const missing = `arn:aws:iam::${SAML_ACCOUNT}:role/Missing`;
    const offersMissing = await awsResponse(cloud, { roles: [`${missing},${providerArn}`] });
    await expectAwsError(assume(cloud, { RoleArn: missing, PrincipalArn: providerArn, SAMLAssertion: offersMissing }), 'AccessDenied', SAML_MESSAGES.denied);
  });

  it('evaluates the trust policy’s SAML condition keys: sub, sub_type, iss, namequalifier, doc and an eduPerson attribute', async () => {
    const cloud = await newCloud({ accountId: SAML_ACCOUNT });
    const { providerArn } = await samlSetup(cloud, { roleName: 'Placeholder' });
    const qualifier = await nameQualifier(TEST_ISSUER, SAML_ACCOUNT, 'CorpIdP');
    const roleWith = async (name: string, conditions: Record<string, Record<string, unknown>>) =>
      (await cloud.iam.createRole({ RoleName: name, AssumeRolePolicyDocument: JSON.stringify(samlTrustPolicy(providerArn, conditions)) })).Role.Arn;
    const allowed = await roleWith('Staff', {
      'ForAnyValue:StringEquals': { 'SAML:eduPersonAffiliation': 'staff' },
      StringLike: {
        'SAML:sub': 'maria-*',
        'SAML:sub_type': 'persistent',
        'SAML:iss': TEST_ISSUER,
        'SAML:namequalifier': qualifier,
        'SAML:doc': `${SAML_ACCOUNT}/CorpIdP`,
      },
    });
    const refused = await roleWith('Students', { 'ForAnyValue:StringEquals': { 'SAML:eduPersonAffiliation': 'student' } });
    const attributes = { 'urn:oid:1.3.6.1.4.1.5923.1.1.1.1': ['member', 'staff'] };
    const SAMLAssertion = await awsResponse(cloud, { roles: [`${allowed},${providerArn}`, `${refused},${providerArn}`], attributes });
    expect((await assume(cloud, { RoleArn: allowed, PrincipalArn: providerArn, SAMLAssertion })).AssumedRoleUser!.Arn).toContain('assumed-role/Staff/');
    await expectAwsError(assume(cloud, { RoleArn: refused, PrincipalArn: providerArn, SAMLAssertion }), 'AccessDenied', SAML_MESSAGES.denied);
  });

  it('takes PrincipalTag attributes as session tags and SourceIdentity only when the trust policy allows them', async () => {
    const cloud = await newCloud({ accountId: SAML_ACCOUNT });
    const { providerArn, roleArn } = await samlSetup(cloud);
    const SAMLAssertion = await awsResponse(cloud, {
      roles: [`${roleArn},${providerArn}`],
      attributes: { [`${AWS_SAML_ATTRIBUTES.principalTag}team`]: ['red'], [AWS_SAML_ATTRIBUTES.sourceIdentity]: ['maria'] },
    });
    await expectAwsError(
      assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion }),
      'AccessDenied',
      'Not authorized to perform sts:TagSession',
    );
    const trust = samlTrustPolicy(providerArn);
    trust.Statement[0]!.Action = ['sts:AssumeRoleWithSAML', 'sts:TagSession', 'sts:SetSourceIdentity'] as unknown as string;
    await cloud.iam.updateAssumeRolePolicy({ RoleName: 'SamlUsers', PolicyDocument: JSON.stringify(trust) });
    const answer = await assume(cloud, { RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion });
    expect(answer.SourceIdentity).toBe('maria');
    expect(cloud.inspect(sts).credentials.at(-1)).toMatchObject({ tags: { team: 'red' }, sourceIdentity: 'maria' });
  });
});

describe('AssumeRoleWithSAML on the wire', () => {
  it('is answered unsigned, and its refusals carry the Query codes (InvalidIdentityToken, 400; AccessDenied, 403)', async () => {
    const { cloud, providerArn, roleArn, pair } = await setup();
    const send = async (params: Record<string, string>) => {
      const body = new URLSearchParams({ Action: 'AssumeRoleWithSAML', Version: '2011-06-15', ...params });
      const response = await cloud.fetch('https://sts.amazonaws.com/', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
      });
      const xml = await response.text();
      return { status: response.status, tag: (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1] };
    };
    const SAMLAssertion = await awsResponse(cloud, { roles: [pair] });
    const ok = await send({ RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion });
    expect(ok.status).toBe(200);
    expect(ok.tag('SubjectType')).toBe('persistent');
    const forged = await send({
      RoleArn: roleArn,
      PrincipalArn: providerArn,
      SAMLAssertion: tampered(SAMLAssertion, (xml) => xml.replace('maria-7f3c', 'root')),
    });
    expect({ status: forged.status, code: forged.tag('Code'), message: forged.tag('Message') }).toEqual({
      status: 400,
      code: 'InvalidIdentityToken',
      message: SAML_MESSAGES.badSignature,
    });
    const other = `arn:aws:iam::${SAML_ACCOUNT}:role/Other`;
    const denied = await send({ RoleArn: other, PrincipalArn: providerArn, SAMLAssertion });
    expect({ status: denied.status, code: denied.tag('Code'), message: denied.tag('Message') }).toEqual({
      status: 403,
      code: 'AccessDenied',
      message: SAML_MESSAGES.denied,
    });
  });
});
