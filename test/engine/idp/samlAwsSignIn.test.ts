import { describe, expect, it } from 'vitest';
import {
  AWS_ROLE_ATTRIBUTE,
  AWS_ROLE_SESSION_NAME_ATTRIBUTE,
  AWS_SAML_ENDPOINT,
  SAML_AWS_SIGN_IN_URL,
  SAML_ENTITY_ID,
  SAML_IAM_PROVIDER_NAME,
  SAML_POST_BUTTON,
  SAML_USERS,
  sts,
} from '../../../src/engine';
import { SAML_IDP_CERTIFICATE } from '../../../src/engine/idp/saml/credentials';
import { verifySamlResponse } from '../../../src/engine/saml/verify';
import { formOf, roleText, TestBrowser } from '../../support/browser';
import { newCloud } from '../../support/cloud';
import { xmlCryptoAccepts } from '../../support/saml';
import { samlTrustPolicy } from '../../support/samlSts';

const MARIA = SAML_USERS[0]!;
const TOM = SAML_USERS[1]!;

async function signInForAws(username: string, password: string, url = SAML_AWS_SIGN_IN_URL) {
  const cloud = await newCloud();
  const browser = new TestBrowser(cloud);
  const { last: signInPage } = await browser.visit(url);
  expect(signInPage.status).toBe(200);
  const { last } = await browser.submit(signInPage, { username, password });
  return { cloud, page: last };
}

describe('the simulated SAML IdP’s IdP-initiated sign-in to AWS', () => {
  it('shows a sign-in form that names AWS and posts to itself, with no AuthnRequest', async () => {
    const cloud = await newCloud();
    const page = await new TestBrowser(cloud).request(SAML_AWS_SIGN_IN_URL);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<code>Amazon Web Services</code> (${AWS_SAML_ENDPOINT})`);
    expect(page.body).toContain('Continue as Maria Garcia (maria.garcia)');
    const form = formOf(page.body);
    expect(form.action).toBe(SAML_AWS_SIGN_IN_URL);
    expect(form.fields).toEqual({ username: '', password: '' });
  });

  it('posts an assertion for AWS after the right password: audience and Recipient signin.aws.amazon.com/saml, Role pairs, RoleSessionName', async () => {
    const { cloud, page } = await signInForAws('maria.garcia', MARIA.password);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<button type="submit">${SAML_POST_BUTTON}</button>`);
    expect(page.body).not.toContain('<script');
    const form = formOf(page.body);
    expect(form.action).toBe('https://signin.aws.amazon.com/saml');
    expect(Object.keys(form.fields)).toEqual(['SAMLResponse']);
    const samlResponse = form.fields['SAMLResponse']!;
    expect(xmlCryptoAccepts(samlResponse)).toBe(true);
    const verdict = await verifySamlResponse(samlResponse, {
      certificates: [SAML_IDP_CERTIFICATE],
      audience: 'https://signin.aws.amazon.com/saml',
      recipient: 'https://signin.aws.amazon.com/saml',
      issuer: SAML_ENTITY_ID,
      now: cloud.clock.now(),
    });
    expect(verdict.ok).toBe(true);
    if (!verdict.ok) return;
    const account = cloud.accountId;
    expect(verdict.assertion.inResponseTo).toBeUndefined();
    expect(verdict.assertion.destination).toBe('https://signin.aws.amazon.com/saml');
    expect(verdict.assertion.attributes[AWS_ROLE_ATTRIBUTE]).toEqual([
      `arn:aws:iam::${account}:role/SamlDevelopers,arn:aws:iam::${account}:saml-provider/${SAML_IAM_PROVIDER_NAME}`,
    ]);
    expect(verdict.assertion.attributes[AWS_ROLE_SESSION_NAME_ATTRIBUTE]).toEqual(['maria.garcia']);
  });

  it('carries a RelayState from the query to the POST to AWS', async () => {
    const { page } = await signInForAws('maria.garcia', MARIA.password, `${SAML_AWS_SIGN_IN_URL}?RelayState=https%3A%2F%2Fconsole.aws.amazon.com%2Fs3`);
    expect(formOf(page.body).fields['RelayState']).toBe('https://console.aws.amazon.com/s3');
  });

  it('refuses a wrong password on the page again, with the username kept', async () => {
    const { page } = await signInForAws('maria.garcia', 'wrong');
    expect(page.status).toBe(200);
    expect(roleText(page.body, 'alert')).toBe('The username or password is incorrect.');
    expect(formOf(page.body).fields['username']).toBe('maria.garcia');
  });

  it('sends no assertion for a user it gives no AWS role', async () => {
    const { page } = await signInForAws('tom.baker', TOM.password);
    expect(page.status).toBe(403);
    expect(roleText(page.body, 'alert')).toBe('tom.baker is not assigned any AWS role at this IdP, so it sends AWS no assertion.');
    expect(page.body).not.toContain('SAMLResponse');
  });

  it('answers 405 to other methods', async () => {
    const cloud = await newCloud();
    expect((await cloud.fetch(SAML_AWS_SIGN_IN_URL, { method: 'PUT' })).status).toBe(405);
  });

  it('gives an assertion STS and an identity pool accept for the role and provider it names, once IAM has the IdP’s metadata', async () => {
    const { cloud, page } = await signInForAws('maria.garcia', MARIA.password);
    const metadata = await (await cloud.fetch(`${SAML_ENTITY_ID}`)).text();
    const { SAMLProviderArn } = await cloud.iam.createSAMLProvider({ Name: SAML_IAM_PROVIDER_NAME, SAMLMetadataDocument: metadata });
    const { Role } = await cloud.iam.createRole({
      RoleName: 'SamlDevelopers',
      AssumeRolePolicyDocument: JSON.stringify(samlTrustPolicy(SAMLProviderArn!)),
    });
    const answer = await cloud.sts.assumeRoleWithSAML({
      RoleArn: Role.Arn,
      PrincipalArn: SAMLProviderArn!,
      SAMLAssertion: formOf(page.body).fields['SAMLResponse']!,
    });
    expect(answer.AssumedRoleUser!.Arn).toBe(`arn:aws:sts::${cloud.accountId}:assumed-role/SamlDevelopers/maria.garcia`);
    expect(cloud.log.entries.at(-1)).toMatchObject({ service: sts.id, action: 'AssumeRoleWithSAML', status: 200 });
    const pool = await cloud.cognitoIdentity.createIdentityPool({
      IdentityPoolName: 'corp',
      AllowUnauthenticatedIdentities: false,
      SamlProviderARNs: [SAMLProviderArn!],
    });
    const Logins = { [SAMLProviderArn!]: formOf(page.body).fields['SAMLResponse']! };
    const { IdentityId } = await cloud.cognitoIdentity.getId({ IdentityPoolId: pool.IdentityPoolId, Logins });
    const credentials = await cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: IdentityId!, Logins });
    expect(credentials.Credentials!.AccessKeyId).toMatch(/^ASIA/);
    expect(cloud.inspect(sts).credentials.at(-1)!.roleArn).toBe(Role.Arn);
  });
});
