/**
 * What an attacker between the SAML IdP and the service provider can do: take the signed SAMLResponse the IdP's page is
 * about to post, and edit what it says before it reaches Cognito. The edit leaves the signature as the IdP made it, so
 * the assertion's digest no longer matches and Cognito must refuse it.
 */
import { formByButton } from './forms';

/** The SAMLResponse form field (base64 of the XML, as the HTTP-POST binding carries it) decoded to the XML. */
export function decodeSamlField(value: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0)));
}

export function encodeSamlField(xml: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(xml)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The page's SAMLResponse with every occurrence of `from` (the signed-in user's email, in the NameID and the email
 * attribute) changed to `to`: someone else's address, as if the attacker wanted to be signed in as that person.
 */
export function tamperedSamlResponse(html: string, pageUrl: string, button: string, from: string, to: string): string {
  const form = formByButton(html, pageUrl, button);
  const value = form?.fields['SAMLResponse'];
  if (!value) throw new Error(`The browser's page has no SAMLResponse form with a button "${button}".`);
  const xml = decodeSamlField(value);
  if (!xml.includes(from)) throw new Error(`The SAMLResponse does not mention ${from}.`);
  return encodeSamlField(xml.split(from).join(to));
}
