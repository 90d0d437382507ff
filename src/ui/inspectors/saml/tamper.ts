/**
 * Tampering with a SAMLResponse as someone between the IdP and the service provider could (the browser carries it):
 * change one attribute's value in the XML, leave the signature as it was. Pure: text in, text out, no XML library.
 */
/** Base64 of UTF-8 text, and back (a SAMLResponse form value). */
export function encodeUtf8Base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function decodeUtf8Base64(value: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(value.replace(/\s+/g, '')), (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The response with the first value of the attribute `name` replaced by `value`, the signature untouched; undefined when
 * it has no such attribute (or is not base64).
 */
export function withAttributeValue(base64: string, name: string, value: string): string | undefined {
  const xml = decodeUtf8Base64(base64);
  if (xml === undefined) return undefined;
  const pattern = new RegExp(`(<(?:\\w+:)?Attribute\\b[^>]*\\bName="${escapeRegExp(name)}"[^>]*>[\\s\\S]*?<(?:\\w+:)?AttributeValue\\b[^>]*>)([^<]*)(<)`);
  if (!pattern.test(xml)) return undefined;
  return encodeUtf8Base64(xml.replace(pattern, (_, open: string, _old: string, close: string) => `${open}${escapeXml(value)}${close}`));
}
