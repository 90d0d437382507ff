/** The simulated IdP's SAML 2.0 metadata: what an administrator uploads to Cognito (MetadataFile/MetadataURL) or IAM. */
import { SAML_ENTITY_ID, SAML_SSO_URL } from './fixtures';
import { SAML_IDP_CERTIFICATE } from './credentials';
import { NAMEID_EMAIL, NAMEID_PERSISTENT } from './response';

/** An EntityDescriptor with an IDPSSODescriptor: the signing certificate, the NameID formats and the sign-on service. */
export function samlIdpMetadata(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${SAML_ENTITY_ID}">` +
    `<md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">` +
    `<md:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data>` +
    `<ds:X509Certificate>${SAML_IDP_CERTIFICATE}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
    `<md:NameIDFormat>${NAMEID_EMAIL}</md:NameIDFormat>` +
    `<md:NameIDFormat>${NAMEID_PERSISTENT}</md:NameIDFormat>` +
    `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${SAML_SSO_URL}"/>` +
    `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${SAML_SSO_URL}"/>` +
    `</md:IDPSSODescriptor></md:EntityDescriptor>`
  );
}
