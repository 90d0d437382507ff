/**
 * GetRole, GetRolePolicy and GetPolicyVersion (and the other answers carrying a document) return it URL-encoded, as
 * RFC 3986 escapes it (IAM API reference: "The policy document returned in this structure is URL-encoded compliant
 * with RFC 3986"); the SDKs leave it so, and callers decode it.
 */
export function encodeDocument(document: string): string {
  return encodeURIComponent(document).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
