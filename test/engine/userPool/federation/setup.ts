import type { Cloud } from '../../../../src/engine';

/** What a Google provider is created with (client id and secret as the simulated Google's fixtures name them). */
export const GOOGLE_DETAILS = {
  client_id: '123456789012-simulated.apps.googleusercontent.com',
  client_secret: 'google-client-secret',
  authorize_scopes: 'openid email profile',
};

/** An OIDC provider given every endpoint: Cognito contacts no one. */
export const EXPLICIT_OIDC_DETAILS = {
  client_id: 'corp-app',
  client_secret: 'corp-secret',
  attributes_request_method: 'GET',
  oidc_issuer: 'https://login.corp.invalid',
  authorize_scopes: 'openid email',
  authorize_url: 'https://login.corp.invalid/authorize',
  token_url: 'https://login.corp.invalid/token',
  attributes_url: 'https://login.corp.invalid/userinfo',
  jwks_uri: 'https://login.corp.invalid/jwks',
};

/** A pool with a custom attribute, for attribute mappings. */
export async function federationPool(cloud: Cloud): Promise<string> {
  const { UserPool } = await cloud.cognitoIdp.createUserPool({
    PoolName: 'federated',
    Schema: [{ Name: 'department', AttributeDataType: 'String', Mutable: true }],
  });
  return UserPool.Id;
}

/** A Google provider mapping email, name and picture. */
export async function googleProvider(cloud: Cloud, UserPoolId: string) {
  return cloud.cognitoIdp.createIdentityProvider({
    UserPoolId,
    ProviderName: 'Google',
    ProviderType: 'Google',
    ProviderDetails: GOOGLE_DETAILS,
    AttributeMapping: { email: 'email', name: 'name', picture: 'picture' },
  });
}

/** A SAML IdP's metadata: entity ID, redirect and POST sign-on, redirect logout, one signing certificate. */
export const SAML_METADATA = `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://saml.corp.invalid/idp">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>
      MIIBszCCAVmgAwIBAgIUexample
    </ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:KeyDescriptor use="encryption"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>ENCRYPTIONONLY</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://saml.corp.invalid/slo"/>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://saml.corp.invalid/sso/redirect"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://saml.corp.invalid/sso/post"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
