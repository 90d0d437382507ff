/**
 * A SAML 2.0 IdP metadata document for IAM's SAML provider tests: an entity id, one signing certificate (a fixed base64
 * value: the tests read it back, they never verify with it) and two SingleSignOnService bindings. Over IAM's 1000-character minimum.
 */
export const SAML_CERTIFICATE = `MIIC${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo'.repeat(20)}`;

export function samlMetadata(entityId = 'https://saml.example.com/idp', options: { validUntil?: string; use?: string } = {}): string {
  const validUntil = options.validUntil ? ` validUntil="${options.validUntil}"` : '';
  const use = options.use ?? 'signing';
  return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${entityId}"${validUntil}>
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="${use}">
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>
        ${SAML_CERTIFICATE}
      </ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://saml.example.com/sso/redirect"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://saml.example.com/sso/post"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
}
