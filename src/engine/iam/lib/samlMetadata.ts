/**
 * Reading a SAML 2.0 IdP metadata document (SAMLMetadataDocument) with fast-xml-parser: its EntityDescriptor's entityID,
 * the IDPSSODescriptor's signing certificates and SingleSignOnService locations. Namespace prefixes (`md:`, `ds:`) are
 * ignored. A document without an IDPSSODescriptor or a signing certificate is InvalidInput.
 * SIMPLIFIED: the document is not checked against the SAML metadata schema, and an EntitiesDescriptor (several entities)
 * is read as its first entity.
 */
import { XMLParser } from 'fast-xml-parser';
import type { SamlMetadata } from '../model';
import { IAM_MESSAGES, invalidInput } from './errors';

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true, parseTagValue: false, trimValues: true });

const list = (value: unknown): Node[] => (value === undefined ? [] : ((Array.isArray(value) ? value : [value]) as Node[]));
const text = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Node)['#text'] === 'string') return (value as Node)['#text'] as string;
  return undefined;
};

export function readSamlMetadata(document: string): SamlMetadata {
  const refused = () => invalidInput(IAM_MESSAGES.samlMetadataInvalid);
  let root: Node;
  try {
    root = parser.parse(document, true) as Node;
  } catch {
    throw refused();
  }
  const entity = list(root['EntityDescriptor'])[0] ?? list(list(root['EntitiesDescriptor'])[0]?.['EntityDescriptor'])[0];
  const entityId = entity ? text(entity['@entityID']) : undefined;
  const idp = entity ? list(entity['IDPSSODescriptor'])[0] : undefined;
  if (!entityId || !idp) throw refused();
  const signingCertificates = list(idp['KeyDescriptor'])
    .filter((k) => k['@use'] === undefined || k['@use'] === 'signing')
    .flatMap((k) => list(k['KeyInfo']).flatMap((info) => list(info['X509Data']).flatMap((data) => list(data['X509Certificate']))))
    .map((c) => text(c)?.replace(/\s+/g, ''))
    .filter((c): c is string => c !== undefined && c.length > 0);
  if (signingCertificates.length === 0) throw refused();
  const singleSignOn: Record<string, string> = {};
  for (const service of list(idp['SingleSignOnService'])) {
    const binding = text(service['@Binding']);
    const location = text(service['@Location']);
    if (binding && location && !(binding in singleSignOn)) singleSignOn[binding] = location;
  }
  const validUntil = text(entity?.['@validUntil']);
  return { entityId, signingCertificates, singleSignOn, ...(validUntil ? { validUntil } : {}) };
}
