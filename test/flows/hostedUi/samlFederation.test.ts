import { describe, expect, it } from 'vitest';
import { decodeJwt } from 'jose';
import { SAML_ENTITY_ID, SAML_METADATA_URL, SAML_POST_BUTTON, SAML_USERS } from '../../../src/engine';
import { createHostedUiActors } from '../../../src/flows/hostedUi/actors';
import { federationGuided, SAML_FORGED_EMAIL } from '../../../src/flows/hostedUi/federationGuided';
import type { BrowserState } from '../../../src/flows/hostedUi/browse';
import { hostedUiMachine } from '../../../src/flows/hostedUi/machine';
import { decodeSamlField, tamperedSamlResponse } from '../../../src/flows/hostedUi/samlTamper';
import { SAML_PERSON, SAML_POST_BUTTON as POST_BUTTON_WRITTEN_OUT } from '../../../src/flows/hostedUi/scenario';
import { scenarios } from '../../../src/flows/scenarios';
import { newCloud } from '../../support/cloud';
import { wire } from '../support';

const MARIA = SAML_USERS[0]!;
const ev = (type: string, extra: Record<string, unknown> = {}) => ({ type, ...extra });
const pageOf = (s: { context: unknown }) => {
  const browser = (s.context as { browser: BrowserState }).browser;
  return browser.history[browser.index]!;
};
const signIn = ev('browser.submit', { button: 'Sign in', values: { username: MARIA.username, password: MARIA.password } });

describe('the samlFederation scenario', () => {
  it('writes out the IdP’s first test user and its POST page’s button as the IdP’s fixtures have them', () => {
    expect(SAML_PERSON).toEqual({ username: MARIA.username, password: MARIA.password, email: MARIA.email });
    expect(MARIA.nameId).toBe(MARIA.email);
    expect(POST_BUTTON_WRITTEN_OUT).toBe(SAML_POST_BUTTON);
  });

  it('adds the SAML provider CorpSAML by the IdP’s metadata URL, with the mapping and the identifier example.com', async () => {
    const cloud = await newCloud();
    const setup = await scenarios.samlFederation(cloud);
    const UserPoolId = setup.userPoolId!;
    const { IdentityProvider } = await cloud.cognitoIdp.describeIdentityProvider({ UserPoolId, ProviderName: 'CorpSAML' });
    expect(IdentityProvider).toMatchObject({
      ProviderType: 'SAML',
      AttributeMapping: { email: 'email', given_name: 'given_name', family_name: 'family_name' },
      IdpIdentifiers: ['example.com'],
    });
    expect(IdentityProvider.ProviderDetails).toMatchObject({ MetadataURL: SAML_METADATA_URL });
    const read = cloud.log.entries.find((e) => e.service === 'idp-saml' && e.action === 'GET /metadata');
    expect(read?.parent, 'CreateIdentityProvider read the metadata, a request nested in its own').toBeDefined();
    const { UserPoolClient } = await cloud.cognitoIdp.describeUserPoolClient({ UserPoolId, ClientId: setup.clientId! });
    expect(UserPoolClient).toMatchObject({ SupportedIdentityProviders: ['COGNITO', 'CorpSAML'], AllowedOAuthFlows: ['code'] });
    expect(setup).toMatchObject({ domain: 'article-shop', identityProvider: 'CorpSAML' });
  });
});

describe('the hosted UI flow: signing in with a SAML identity provider through the user pool', () => {
  it('goes to the IdP with an AuthnRequest and RelayState, and comes back through /saml2/idpresponse with tokens for CorpSAML_<NameID>', async () => {
    const w = await wire(hostedUiMachine, 'samlFederation', createHostedUiActors);
    expect(w.snapshot().value).toBe('integrated');
    let s = await w.send(ev('hostedUi.launch', { idpIdentifier: 'example.com' }));
    expect(s.value).toBe('browsing');
    const [authorize, sso] = pageOf(s).chain.map((hop) => new URL(hop.url));
    expect(authorize!.searchParams.get('idp_identifier')).toBe('example.com');
    expect(sso!.origin + sso!.pathname).toBe('https://saml.idp.example.com/sso');
    expect(sso!.searchParams.get('SAMLRequest')).toBeTruthy();
    expect(sso!.searchParams.get('RelayState')).toBeTruthy();
    expect(pageOf(s).body).toContain(`urn:amazon:cognito:sp:${w.setup.userPoolId}`);

    s = await w.send(signIn);
    expect(pageOf(s).body).toContain(SAML_POST_BUTTON);
    s = await w.send(ev('browser.submit', { button: SAML_POST_BUTTON }));
    expect(s.value).toBe('signedIn');
    const chain = pageOf(s).chain.map((hop) => `${hop.method} ${new URL(hop.url).pathname}`);
    expect(chain[0]).toBe('POST /saml2/idpresponse');
    expect(s.context.callback).toMatch(/^http:\/\/localhost\/?\?code=/);

    const id = decodeJwt(s.context.tokens!.IdToken!);
    expect(id['cognito:username']).toBe(`CorpSAML_${MARIA.nameId}`);
    expect(id).toMatchObject({ email: MARIA.email, given_name: MARIA.givenName, family_name: MARIA.familyName });
    expect(id['identities']).toEqual([
      expect.objectContaining({ userId: MARIA.nameId, providerName: 'CorpSAML', providerType: 'SAML', issuer: SAML_ENTITY_ID, primary: 'true' }),
    ]);
    const user = await w.cloud.cognitoIdp.adminGetUser({ UserPoolId: w.setup.userPoolId!, Username: `CorpSAML_${MARIA.nameId}` });
    expect(user.UserStatus).toBe('EXTERNAL_PROVIDER');
  });

  it('refuses an assertion edited after the IdP signed it: the app’s callback gets server_error, and no user is made', async () => {
    const w = await wire(hostedUiMachine, 'samlFederation', createHostedUiActors);
    await w.send(ev('hostedUi.launch'));
    const guided = async (id: string) => {
      const { events } = federationGuided[id]!.plan({ outbox: [], snapshot: w.snapshot(), setup: w.setup });
      return w.send(...events);
    };
    let s = await guided('hostedUi.continueWithSaml');
    expect(new URL(pageOf(s).url).host).toBe('saml.idp.example.com');
    s = await guided('saml.signIn');
    const page = pageOf(s);
    const forged = tamperedSamlResponse(page.body, page.url, SAML_POST_BUTTON, MARIA.email, SAML_FORGED_EMAIL);
    expect(decodeSamlField(forged)).toContain('nameid-format:emailAddress">ceo@example.com</saml:NameID>');
    s = await guided('saml.tamperAndPost');
    expect(s.value).toBe('callbackRefused');
    const callback = new URL(pageOf(s).url);
    expect(callback.searchParams.get('error')).toBe('server_error');
    expect(callback.searchParams.get('error_description')).toBe('Invalid SAML response received: SAML Assertion signature is invalid. ');
    const { Users } = await w.cloud.cognitoIdp.listUsers({ UserPoolId: w.setup.userPoolId! });
    expect(Users!.map((u) => u.Username)).toEqual(['abc.xyz@gmail.com']);
  });
});
