import { describe, expect, it } from 'vitest';
import { cognitoIdp, iam, SAML_ENTITY_ID, SAML_METADATA_URL, SAML_USERS } from '../../../src/engine';
import { readSamlResponse, verifySamlResponse } from '../../../src/ui/inspectors/saml/samlLibrary';
import { issuerOf, lastSamlResponse, samlTrust } from '../../../src/ui/inspectors/saml/samlInLog';
import { withAttributeValue } from '../../../src/ui/inspectors/saml/tamper';
import { verdictWords } from '../../../src/ui/inspectors/saml/words';
import { formOf } from '../../support/browser';
import { ARTICLE_SCOPES, authorizeUrl, CALLBACK, hostedUi } from '../../engine/hostedUi/setup';

const MARIA = SAML_USERS[0]!;

/** A recorded SAML sign-in: authorize → the SAML IdP's sign-in page → its POST page → the browser's POST to /saml2/idpresponse. */
async function samlSignInLog() {
  const ui = await hostedUi({ pool: { Schema: [{ Name: 'email', Required: true }] } });
  await ui.cloud.cognitoIdp.createIdentityProvider({
    UserPoolId: ui.userPoolId,
    ProviderName: 'CorpSAML',
    ProviderType: 'SAML',
    ProviderDetails: { MetadataURL: SAML_METADATA_URL },
    AttributeMapping: { email: 'email', given_name: 'given_name' },
  });
  await ui.cloud.cognitoIdp.updateUserPoolClient({
    UserPoolId: ui.userPoolId,
    ClientId: ui.clientId,
    CallbackURLs: [CALLBACK],
    AllowedOAuthFlows: ['code'],
    AllowedOAuthScopes: ARTICLE_SCOPES,
    AllowedOAuthFlowsUserPoolClient: true,
    SupportedIdentityProviders: ['COGNITO', 'CorpSAML'],
  });
  const hop = await ui.browser.request(authorizeUrl(ui, { identity_provider: 'CorpSAML', response_type: 'code', scope: 'openid email profile' }));
  const { last: signInPage } = await ui.browser.visit(hop.location!);
  const { last: postPage } = await ui.browser.submit(signInPage, { username: MARIA.username, password: MARIA.password });
  const posted = formOf(postPage.body).fields['SAMLResponse']!;
  const { last: back } = await ui.browser.submit(postPage, {});
  expect(back.location!.startsWith(`${CALLBACK}?code=`)).toBe(true);
  return { ui, posted };
}

describe('the SAML tab’s reading of the log', () => {
  it('finds the SAMLResponse the browser posted to /saml2/idpresponse, and the pool’s provider that checks it', async () => {
    const { ui, posted } = await samlSignInLog();
    const logged = lastSamlResponse(ui.cloud.log.entries)!;
    expect(logged).toEqual({ value: posted, to: 'userPool', action: 'POST /saml2/idpresponse', url: `${ui.base}/saml2/idpresponse` });
    expect(issuerOf(logged.value)).toBe(SAML_ENTITY_ID);
    const trust = samlTrust(logged, SAML_ENTITY_ID, ui.cloud.inspect(cognitoIdp), ui.cloud.inspect(iam))!;
    expect(trust).toMatchObject({ audience: `urn:amazon:cognito:sp:${ui.userPoolId}`, recipient: `${ui.base}/saml2/idpresponse`, issuer: SAML_ENTITY_ID });
    expect(trust.certificates).toHaveLength(1);
    expect(trust.checker).toContain('through its provider CorpSAML');
    expect(samlTrust(logged, 'https://someone.else/idp', ui.cloud.inspect(cognitoIdp), ui.cloud.inspect(iam))).toBeUndefined();
  });

  it('verifies it at the cloud’s clock as the user pool did, and refuses it tampered or once the clock has passed NotOnOrAfter', async () => {
    const { ui } = await samlSignInLog();
    const logged = lastSamlResponse(ui.cloud.log.entries)!;
    const trust = samlTrust(logged, SAML_ENTITY_ID, ui.cloud.inspect(cognitoIdp), ui.cloud.inspect(iam))!;
    const now = ui.cloud.clock.now();
    expect((await verifySamlResponse(logged.value, { ...trust, now })).ok).toBe(true);
    const assertion = await readSamlResponse(logged.value);
    if ('error' in assertion) throw new Error(assertion.error);
    const [name] = Object.keys(assertion.attributes);
    const changed = withAttributeValue(logged.value, name!, 'admin')!;
    const tamperedRead = await readSamlResponse(changed);
    expect('error' in tamperedRead ? [] : tamperedRead.attributes[name!]![0]).toBe('admin');
    const tampered = await verifySamlResponse(changed, { ...trust, now });
    expect(tampered).toMatchObject({ ok: false, failure: 'badSignature' });
    expect(verdictWords(tampered)).toMatch(
      /^Refused \(badSignature\)\. The signature does not match the signed XML: something was changed after the IdP signed it/,
    );
    const late = await verifySamlResponse(logged.value, { ...trust, now: now + 24 * 3600_000 });
    expect(late).toMatchObject({ ok: false, failure: 'expired' });
    expect(verdictWords(late)).toContain('It has expired (NotOnOrAfter has passed on the clock).');
  });

  it('finds one sent to STS or an identity pool by its IAM SAML provider, with STS’s audience', () => {
    const entry = (action: string, request: unknown) =>
      ({
        seq: 1,
        time: 0,
        service: 'sts',
        region: 'us-east-1',
        action,
        requestId: 'r',
        request,
        status: 200,
        http: { request: { method: 'POST', url: 'https://sts.amazonaws.com/', headers: {}, body: '' }, response: { status: 200, headers: {}, body: '' } },
      }) as const;
    const arn = 'arn:aws:iam::123456789012:saml-provider/Corp';
    expect(lastSamlResponse([entry('AssumeRoleWithSAML', { SAMLAssertion: 'PHNhbWw+', PrincipalArn: arn, RoleArn: 'x' })])).toMatchObject({
      to: 'assumeRole',
      providerArn: arn,
    });
    expect(lastSamlResponse([entry('GetId', { IdentityPoolId: 'p', Logins: { [arn]: 'PHNhbWw+' } })])).toMatchObject({
      to: 'identityPool',
      providerArn: arn,
      action: 'GetId',
    });
    const iamView = {
      roles: [],
      policies: [],
      oidcProviders: [],
      samlProviders: [{ arn, name: 'Corp', entityId: 'e', signingCertificates: ['c'], singleSignOn: {}, createdAt: 0, validUntil: 0 }],
    };
    const trust = samlTrust(
      { value: '', to: 'assumeRole', action: 'AssumeRoleWithSAML', url: '', providerArn: arn },
      'e',
      { pools: [], pool: () => undefined },
      iamView,
    );
    expect(trust).toMatchObject({ audience: 'https://signin.aws.amazon.com/saml', certificates: ['c'], issuer: 'e' });
  });
});
