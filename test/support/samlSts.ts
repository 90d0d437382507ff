/**
 * SAML for AWS (STS AssumeRoleWithSAML, identity pools' SAML logins): an IAM SAML provider made from the simulated IdP's
 * metadata (its entity id and fixture certificate), a role that trusts it, and responses the IdP signs for AWS's sign-in
 * endpoint with the Role and RoleSessionName attributes AWS reads.
 */
import type { Cloud } from '../../src/engine';
import { SAML_IDP_CERTIFICATE } from '../../src/engine/idp/saml/credentials';
import { NAMEID_PERSISTENT, type SamlResponseInput } from '../../src/engine/idp/saml/response';
import { AWS_SAML_ATTRIBUTES, AWS_SIGN_IN_SAML } from '../../src/engine/sts/lib/samlResponse';
import { responseSignedByStranger, signedAfterEdit, signedResponse, TEST_ISSUER } from './saml';

export const SAML_ACCOUNT = '123456789012';

/** The simulated IdP's metadata, as an administrator uploads it to IAM. */
export function idpMetadata(entityId = TEST_ISSUER, certificate = SAML_IDP_CERTIFICATE): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${entityId}">
  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>${certificate}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://saml.idp.example.com/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
}

/** The trust policy IAM's console writes for a SAML 2.0 federation role, with more conditions if given. */
export function samlTrustPolicy(providerArn: string, conditions: Record<string, Record<string, unknown>> = {}) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: providerArn },
        Action: 'sts:AssumeRoleWithSAML',
        Condition: { StringEquals: { 'SAML:aud': AWS_SIGN_IN_SAML }, ...conditions },
      },
    ],
  };
}

/** An IAM SAML provider for the simulated IdP and a role it may assume (with `permissions` as its inline policy). */
export async function samlSetup(
  cloud: Cloud,
  options: { roleName?: string; trust?: (providerArn: string) => object; permissions?: object; maxSessionDuration?: number } = {},
) {
  const { SAMLProviderArn } = await cloud.iam.createSAMLProvider({ Name: 'CorpIdP', SAMLMetadataDocument: idpMetadata() });
  const providerArn = SAMLProviderArn!;
  const { Role } = await cloud.iam.createRole({
    RoleName: options.roleName ?? 'SamlUsers',
    AssumeRolePolicyDocument: JSON.stringify(options.trust ? options.trust(providerArn) : samlTrustPolicy(providerArn)),
    ...(options.maxSessionDuration ? { MaxSessionDuration: options.maxSessionDuration } : {}),
  });
  if (options.permissions)
    await cloud.iam.putRolePolicy({ RoleName: Role.RoleName, PolicyName: 'access', PolicyDocument: JSON.stringify(options.permissions) });
  return { providerArn, roleArn: Role.Arn };
}

export interface AwsResponseOptions {
  /** Role,provider pairs of the Role attribute (as written). */
  roles: string[];
  sessionName?: string | null;
  attributes?: Record<string, readonly string[]>;
  overrides?: Partial<SamlResponseInput>;
  stranger?: boolean;
  /** An edit of the unsigned XML, made before the IdP signs it. */
  edit?: (xml: string) => string;
}

/** A response the IdP signs for AWS at the cloud's clock: audience and recipient AWS's sign-in endpoint, IdP-initiated. */
export function awsResponse(cloud: Cloud & { clock: { now(): number } }, options: AwsResponseOptions): Promise<string> {
  const attributes: Record<string, readonly string[]> = {
    [AWS_SAML_ATTRIBUTES.role]: options.roles,
    ...(options.sessionName === null ? {} : { [AWS_SAML_ATTRIBUTES.roleSessionName]: [options.sessionName ?? 'maria.garcia@example.com'] }),
    ...options.attributes,
  };
  const input: Partial<SamlResponseInput> = {
    audience: AWS_SIGN_IN_SAML,
    recipient: AWS_SIGN_IN_SAML,
    inResponseTo: undefined,
    nameId: 'maria-7f3c',
    nameIdFormat: NAMEID_PERSISTENT,
    attributes,
    now: cloud.clock.now(),
    ...options.overrides,
  };
  if (options.edit) return signedAfterEdit(options.edit, input);
  return options.stranger ? responseSignedByStranger(input) : signedResponse(input);
}
