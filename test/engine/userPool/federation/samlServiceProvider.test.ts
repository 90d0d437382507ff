import { inflateRawSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DEFAULT_START_TIME } from '../../../../src/engine';
import type { ActionContext } from '../../../../src/engine/userPool/lib/context';
import { samlAuthnRequest, spEntityId } from '../../../../src/engine/userPool/lib/samlServiceProvider';
import { newCloud, poolsOf } from '../../../support/cloud';
import { federationPool, SAML_METADATA } from './setup';

/** Just what the function reads of a request's context: its instant and the seeded generator. */
const context = (now: number) => ({ now, random: { uuid: () => '0f8fad5b-d9cb-469f-a165-70867728950e' } }) as unknown as ActionContext;

describe('the AuthnRequest Cognito sends a SAML IdP', () => {
  it('goes to the IdP’s redirect sign-on URL, deflated and base64, from the pool’s entity ID, with the RelayState', async () => {
    const cloud = await newCloud();
    const UserPoolId = await federationPool(cloud);
    await cloud.cognitoIdp.createIdentityProvider({
      UserPoolId,
      ProviderName: 'CorpSAML',
      ProviderType: 'SAML',
      ProviderDetails: { MetadataFile: SAML_METADATA },
    });
    const pool = poolsOf(cloud)[UserPoolId]!;
    const origin = 'https://shop.auth.us-east-1.amazoncognito.com';
    const redirect = (await samlAuthnRequest(context(DEFAULT_START_TIME), pool, pool.identityProviders['CorpSAML']!, {
      domainOrigin: origin,
      relayState: 'R1',
    }))!;
    const url = new URL(redirect.url);
    expect(url.origin + url.pathname).toBe('https://saml.corp.invalid/sso/redirect');
    expect(url.searchParams.get('RelayState')).toBe('R1');
    const xml = inflateRawSync(Buffer.from(url.searchParams.get('SAMLRequest')!, 'base64')).toString('utf8');
    expect(xml).toBe(redirect.xml);
    const request = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', removeNSPrefix: true }).parse(xml).AuthnRequest;
    expect(request).toMatchObject({
      ID: '_0f8fad5b-d9cb-469f-a165-70867728950e',
      Version: '2.0',
      IssueInstant: new Date(DEFAULT_START_TIME).toISOString().replace('.000Z', 'Z'),
      Destination: 'https://saml.corp.invalid/sso/redirect',
      AssertionConsumerServiceURL: `${origin}/saml2/idpresponse`,
      ProtocolBinding: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
      Issuer: `urn:amazon:cognito:sp:${UserPoolId}`,
    });
    expect(redirect.requestId).toBe(request.ID);
    expect(spEntityId(pool)).toBe(`urn:amazon:cognito:sp:${UserPoolId}`);
  });
});
