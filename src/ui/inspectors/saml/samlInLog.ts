/**
 * The newest SAMLResponse in the request log, and what its service provider expects of it: the browser's POST to a user
 * pool's `/saml2/idpresponse` (Cognito the SP, `urn:amazon:cognito:sp:<poolId>`), STS's AssumeRoleWithSAML, or an
 * identity pool's Logins keyed by an IAM SAML provider's ARN (STS the SP, `https://signin.aws.amazon.com/saml`). Pure:
 * no XML here; the SAML library loads with the panel.
 */
import { hostedUi, type IamView, type LogEntry, type UserPoolsView } from '../../../engine';

export interface LoggedSamlResponse {
  /** The base64 SAMLResponse as it was sent. */
  value: string;
  /** Who it went to: the user pool's assertion consumer, STS, or an identity pool's Logins. */
  to: 'userPool' | 'assumeRole' | 'identityPool';
  /** The request that carried it: `POST /saml2/idpresponse`, `AssumeRoleWithSAML`, `GetId`… */
  action: string;
  /** The URL it was posted to (the assertion consumer URL, for the user pool). */
  url: string;
  /** The IAM SAML provider named (PrincipalArn, or the Logins key). */
  providerArn?: string;
}

const SAML_PROVIDER_ARN = /^arn:aws:iam::\d{12}:saml-provider\//;

/** The newest SAMLResponse in the log. */
export function lastSamlResponse(entries: readonly LogEntry[]): LoggedSamlResponse | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    const url = entry.http.request.url.split('?')[0]!;
    if (entry.service === hostedUi.id && entry.action === 'POST /saml2/idpresponse') {
      const value = new URLSearchParams(entry.http.request.body).get('SAMLResponse');
      if (value) return { value, to: 'userPool', action: entry.action, url };
      continue;
    }
    const request = (entry.request ?? {}) as { SAMLAssertion?: unknown; PrincipalArn?: unknown; Logins?: unknown };
    if (entry.action === 'AssumeRoleWithSAML' && typeof request.SAMLAssertion === 'string') {
      const providerArn = typeof request.PrincipalArn === 'string' ? { providerArn: request.PrincipalArn } : {};
      return { value: request.SAMLAssertion, to: 'assumeRole', action: entry.action, url, ...providerArn };
    }
    if (request.Logins && typeof request.Logins === 'object') {
      const found = Object.entries(request.Logins as Record<string, unknown>).find(([key, v]) => SAML_PROVIDER_ARN.test(key) && typeof v === 'string');
      if (found) return { value: found[1] as string, to: 'identityPool', action: entry.action, url, providerArn: found[0] };
    }
  }
  return undefined;
}

/**
 * What the service provider checks an assertion against (the SAML library's SamlExpectations, less the clock).
 * SIMPLIFIED: no `inResponseTo`: the AuthnRequest ID Cognito sent sits deflated in the redirect's SAMLRequest, which the
 * panel does not inflate; the panel shows the assertion's InResponseTo and says Cognito checks it.
 */
export interface SamlTrust {
  /** Who checks it, in words: "the user pool CorpPool (us-east-1_Abc), provider CorpSAML". */
  checker: string;
  certificates: string[];
  audience: string;
  recipient?: string;
  issuer: string;
}

/** STS's own SAML audience and assertion consumer (AWS's sign-in endpoint). */
export const STS_SAML_AUDIENCE = 'https://signin.aws.amazon.com/saml';

/**
 * Whom the assertion is checked by: for the user pool, its SAML provider whose metadata names the assertion's Issuer; for
 * STS and identity pools, the IAM SAML provider the request names. Undefined when no provider trusts that issuer.
 */
export function samlTrust(logged: LoggedSamlResponse, issuer: string, userPools: UserPoolsView, iam: IamView): SamlTrust | undefined {
  if (logged.to === 'userPool') {
    for (const pool of userPools.pools) {
      const provider = pool.identityProviders.find((p) => p.saml?.entityId === issuer);
      if (!provider?.saml) continue;
      return {
        checker: `the user pool ${pool.name} (${pool.id}), through its provider ${provider.name}`,
        certificates: provider.saml.signingCertificates,
        audience: `urn:amazon:cognito:sp:${pool.id}`,
        recipient: logged.url,
        issuer: provider.saml.entityId,
      };
    }
    return undefined;
  }
  const provider = iam.samlProviders.find((p) => p.arn === logged.providerArn);
  if (!provider) return undefined;
  return {
    checker: `STS, with the IAM SAML provider ${provider.name}${logged.to === 'identityPool' ? ` (the identity pool hands it to STS inside ${logged.action})` : ''}`,
    certificates: provider.signingCertificates,
    audience: STS_SAML_AUDIENCE,
    issuer: provider.entityId,
  };
}

/** The Issuer a SAMLResponse names, read without an XML parser (only to find which provider checks it; the verifier reads it properly). */
export function issuerOf(value: string): string | undefined {
  let xml: string;
  try {
    xml = atob(value.replace(/\s+/g, ''));
  } catch {
    return undefined;
  }
  return /<(?:\w+:)?Issuer\b[^>]*>([^<]+)</.exec(xml)?.[1]?.trim();
}
