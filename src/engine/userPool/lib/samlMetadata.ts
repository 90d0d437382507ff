import { CloudError } from '../../kernel/errors';
import type { SamlProviderMetadata } from '../model';

const REDIRECT_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const POST_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST';

/** [U] AWS's wording for metadata it cannot use. */
function invalidMetadata(detail: string): CloudError {
  return new CloudError('InvalidParameterException', `Invalid SAML metadata: ${detail}`);
}

type Node = Record<string, unknown>;

/** fast-xml-parser gives one child as an object and several as an array: always a list here. */
function all(value: unknown): Node[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is Node => typeof v === 'object' && v !== null);
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as Node)['#text'] === 'string') return (value as Node)['#text'] as string;
  return undefined;
}

/**
 * Reads a SAML 2.0 IdP's metadata (an EntityDescriptor, or the first one of an EntitiesDescriptor) as Cognito does when
 * CreateIdentityProvider or UpdateIdentityProvider gives MetadataFile or MetadataURL: its entityID, the single sign-on and
 * logout services by binding, and its signing certificates. An IdP without an HTTP-Redirect or HTTP-POST sign-on service is
 * refused. SIMPLIFIED: the metadata's own signature and validUntil are not checked.
 */
export async function parseSamlMetadata(xml: string): Promise<SamlProviderMetadata> {
  // Loaded on first use, so the user pool's code does not carry the XML parser until a SAML provider needs it.
  const { XMLParser, XMLValidator } = await import('fast-xml-parser');
  if (XMLValidator.validate(xml) !== true) throw invalidMetadata('the document is not well-formed XML.');
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', removeNSPrefix: true, parseTagValue: false }).parse(xml) as Node;
  const entity = all(parsed.EntityDescriptor)[0] ?? all(all(parsed.EntitiesDescriptor)[0]?.EntityDescriptor)[0];
  if (!entity) throw invalidMetadata('no EntityDescriptor.');
  const entityId = entity['@_entityID'];
  if (typeof entityId !== 'string' || entityId === '') throw invalidMetadata('the EntityDescriptor has no entityID.');
  const idp = all(entity.IDPSSODescriptor)[0];
  if (!idp) throw invalidMetadata('no IDPSSODescriptor.');
  const service = (list: unknown, binding: string) => all(list).find((s) => s['@_Binding'] === binding)?.['@_Location'] as string | undefined;
  const metadata: SamlProviderMetadata = { entityId, signingCertificates: [] };
  const sso = { ssoRedirectUrl: service(idp.SingleSignOnService, REDIRECT_BINDING), ssoPostUrl: service(idp.SingleSignOnService, POST_BINDING) };
  const slo = { sloRedirectUrl: service(idp.SingleLogoutService, REDIRECT_BINDING), sloPostUrl: service(idp.SingleLogoutService, POST_BINDING) };
  for (const [key, value] of Object.entries({ ...sso, ...slo })) if (value) Object.assign(metadata, { [key]: value });
  if (!metadata.ssoRedirectUrl && !metadata.ssoPostUrl) throw invalidMetadata('no SingleSignOnService with the HTTP-Redirect or HTTP-POST binding.');
  for (const key of all(idp.KeyDescriptor)) {
    if (key['@_use'] !== undefined && key['@_use'] !== 'signing') continue;
    for (const data of all(all(key.KeyInfo)[0]?.X509Data)) {
      const certificate = text(data.X509Certificate);
      if (certificate) metadata.signingCertificates.push(certificate.replace(/\s+/g, ''));
    }
  }
  return metadata;
}
