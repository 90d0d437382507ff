/**
 * XML-DSig checks a SAML service provider makes on a signed Response or Assertion, with xmldsigjs over WebCrypto: the
 * signature is enveloped in the element it signs, names that element's ID, uses only exclusive canonicalization, RSA-SHA256
 * and SHA-256, carries (if any) a certificate the metadata lists, and verifies with that certificate's key.
 */
import { SignedXml, X509Certificate } from 'xmldsigjs';
import { attribute, bytesOfBase64, childElements, firstChild, XMLDSIG, type XmlDocument, type XmlElement } from './dom';

const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';

export type SignatureCheck = { ok: true } | { ok: false; failure: 'badSignature' | 'untrustedCertificate'; message: string };

const bad = (message: string): SignatureCheck => ({ ok: false, failure: 'badSignature', message });

/** Every element of the document whose ID (as xmldsigjs looks it up: `Id`, `ID` or `id`) is `id`. */
function elementsWithId(doc: XmlDocument, id: string): XmlElement[] {
  const found: XmlElement[] = [];
  const all = doc.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const element = all.item(i) as XmlElement;
    if (['Id', 'ID', 'id'].some((name) => attribute(element, name) === id)) found.push(element);
  }
  return found;
}

/** The SignedInfo's algorithms, or what is wrong with them: only what SAML's profile and AWS's IdPs use is taken. */
function algorithmProblem(signature: XmlElement, signedId: string): string | undefined {
  const signedInfo = firstChild(signature, XMLDSIG, 'SignedInfo');
  if (!signedInfo) return 'The signature has no SignedInfo.';
  const c14n = attribute(firstChild(signedInfo, XMLDSIG, 'CanonicalizationMethod'), 'Algorithm');
  if (c14n !== EXC_C14N) return `The signature's canonicalization is ${c14n ?? 'missing'}, not exclusive canonicalization.`;
  const method = attribute(firstChild(signedInfo, XMLDSIG, 'SignatureMethod'), 'Algorithm');
  if (method !== RSA_SHA256) return `The signature method is ${method ?? 'missing'}, not RSA-SHA256.`;
  const references = childElements(signedInfo, XMLDSIG, 'Reference');
  if (references.length !== 1) return `The signature has ${references.length} references; it must have one, to the element it signs.`;
  const reference = references[0]!;
  if (attribute(reference, 'URI') !== `#${signedId}`)
    return `The signature's reference is ${attribute(reference, 'URI') ?? 'missing'}, not #${signedId}, the element it is in.`;
  const digest = attribute(firstChild(reference, XMLDSIG, 'DigestMethod'), 'Algorithm');
  if (digest !== SHA256) return `The reference's digest method is ${digest ?? 'missing'}, not SHA-256.`;
  const transforms = childElements(firstChild(reference, XMLDSIG, 'Transforms') ?? signedInfo, XMLDSIG, 'Transform').map((t) => attribute(t, 'Algorithm'));
  if (!firstChild(reference, XMLDSIG, 'Transforms') || transforms.some((t) => t !== ENVELOPED && t !== EXC_C14N) || !transforms.includes(ENVELOPED)) {
    return 'The reference must use the enveloped-signature transform and exclusive canonicalization only.';
  }
  return undefined;
}

/**
 * Checks the one signature enveloped in `signed` (a Response or its Assertion) against the metadata's certificates.
 * Guards against signature wrapping: the reference must name `signed`'s own ID, and no other element may carry that ID,
 * so the bytes digested are those of the element the caller reads.
 */
export async function checkEnvelopedSignature(doc: XmlDocument, signed: XmlElement, signature: XmlElement, certificates: string[]): Promise<SignatureCheck> {
  const signedId = attribute(signed, 'ID');
  if (!signedId) return bad(`The signed ${signed.localName} has no ID.`);
  if (elementsWithId(doc, signedId).length !== 1) return bad(`More than one element has the ID ${signedId}.`);
  const problem = algorithmProblem(signature, signedId);
  if (problem) return bad(problem);
  const x509 = signature.getElementsByTagNameNS(XMLDSIG, 'X509Certificate');
  const carried = Array.from({ length: x509.length }, (_, i) => (x509.item(i)?.textContent ?? '').replace(/\s+/g, ''));
  const trusted = certificates.map((c) => c.replace(/\s+/g, ''));
  const untrusted = carried.find((c) => !trusted.includes(c));
  if (untrusted !== undefined)
    return { ok: false, failure: 'untrustedCertificate', message: "The signature's certificate is not one the IdP's metadata lists." };
  const candidates = carried.length ? carried : trusted;
  try {
    const signedXml = new SignedXml(doc as unknown as Document);
    signedXml.LoadXml(signature as unknown as Element);
    for (const certificate of candidates) {
      const key = await new X509Certificate(bytesOfBase64(certificate)).exportKey({ name: 'RSASSA-PKCS1-v1_5', hash: { name: 'SHA-256' } } as Algorithm);
      if (await signedXml.Verify(key)) return { ok: true };
    }
    return bad("The signature value does not verify with the IdP's certificate.");
  } catch (error) {
    // xmldsigjs throws when a digest does not match (the signed element was changed) or the signature is unreadable.
    const detail = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
    return bad(
      /digest/i.test(detail) ? 'The digest of the signed element does not match: it was changed after signing.' : `The signature cannot be verified: ${detail}`,
    );
  }
}
