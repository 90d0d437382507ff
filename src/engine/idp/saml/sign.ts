/**
 * How the simulated SAML IdP signs: an enveloped XML-DSig signature over one element (the Assertion), by its ID, with
 * exclusive canonicalization, SHA-256 digests and RSA-SHA256 (RSASSA-PKCS1-v1_5), the certificate in KeyInfo, placed
 * right after the element's Issuer as the SAML schema wants. xmldsigjs over WebCrypto; heavy, so only lazy code imports it.
 */
import { SignedXml } from 'xmldsigjs';
import { bytesOfBase64, firstChild, parseXml, SAML_ASSERTION, serializeXml, type XmlElement } from '../../saml/dom';
import { invariant } from '../../kernel/invariant';
import { pemBody, SAML_IDP_CERTIFICATE, SAML_IDP_PRIVATE_KEY } from './credentials';

const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const RSA = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

let signingKey: Promise<CryptoKey> | undefined;

/** The IdP's fixture key, imported once. */
function idpKey(): Promise<CryptoKey> {
  return (signingKey ??= globalThis.crypto.subtle.importKey('pkcs8', bytesOfBase64(pemBody(SAML_IDP_PRIVATE_KEY)), RSA, false, ['sign']));
}

function findById(root: XmlElement, id: string): XmlElement | undefined {
  if (root.getAttribute('ID') === id) return root;
  const all = root.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if ((all.item(i) as XmlElement).getAttribute('ID') === id) return all.item(i) as XmlElement;
  return undefined;
}

export interface SigningIdentity {
  key: CryptoKey;
  /** Base64 DER. */
  certificate: string;
}

/**
 * Signs the element whose ID is `id` in `xml` and answers the document with the signature in it. By default with the
 * simulated IdP's fixture key and certificate; tests pass another identity to make a response an SP must not trust.
 */
export async function signSamlElement(xml: string, id: string, identity?: SigningIdentity): Promise<string> {
  const doc = parseXml(xml);
  const element = doc?.documentElement ? findById(doc.documentElement, id) : undefined;
  invariant(doc && element, `signSamlElement: no element with ID ${id}`);
  const signer = new SignedXml();
  signer.XmlSignature.SignedInfo.CanonicalizationMethod.Algorithm = EXC_C14N;
  const signature = await signer.Sign({ name: RSA.name }, identity?.key ?? (await idpKey()), doc as unknown as Document, {
    x509: [identity?.certificate ?? SAML_IDP_CERTIFICATE],
    references: [{ uri: `#${id}`, hash: 'SHA-256', transforms: ['enveloped', 'exc-c14n'] }],
  });
  const signatureXml = signature.GetXml();
  invariant(signatureXml, 'signSamlElement: xmldsigjs gave no Signature element');
  const issuer = firstChild(element, SAML_ASSERTION, 'Issuer');
  element.insertBefore(doc.importNode(signatureXml as unknown as XmlElement, true), issuer ? issuer.nextSibling : element.firstChild);
  return serializeXml(doc);
}
