import { OIDC_ISSUER, SERVICES, SITES, type Registry } from '../../../src/engine';
import type { SiteDescriptor } from '../../../src/engine/services';
import { bodyText } from '../../../src/engine/protocol/wire';
import { OIDC_PROVIDER } from './federationSetup';

// A token endpoint in front of the simulated OIDC provider's that hands Cognito an altered answer: the provider's own
// answer with its ID token's payload changed (the signature no longer matches), or the first ID token it ever saw again
// (signed, but old). Cognito is pointed at it by an OIDC provider given every endpoint (so it contacts no one at creation).

export const TAMPER_HOST = 'tamper.test.example';
export type TamperMode = 'none' | 'payload' | 'replay';

export const tamper = { mode: 'none' as TamperMode, first: undefined as string | undefined };

function rewrite(idToken: string): string {
  if (tamper.mode === 'payload') {
    const [header, payload, signature] = idToken.split('.');
    const claims = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    const altered = btoa(JSON.stringify({ ...claims, email: 'mallory@idp.example.com' }))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    return `${header}.${altered}.${signature}`;
  }
  if (tamper.mode === 'replay') return tamper.first ?? idToken;
  return idToken;
}

const tamperSite: SiteDescriptor = {
  kind: 'site',
  id: 'tamper-test',
  participant: 'Test IdP',
  matchHost: (host) => (host === TAMPER_HOST ? { host } : undefined),
  async handle(ctx, request) {
    const body = request.body ? bodyText(request.body) : '';
    const answer = await ctx.fetch(`${OIDC_ISSUER}/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    const json = (await answer.json()) as Record<string, unknown>;
    if (typeof json['id_token'] === 'string') {
      tamper.first ??= json['id_token'];
      json['id_token'] = rewrite(json['id_token']);
    }
    return { status: answer.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(json) };
  },
};

export const TAMPER_REGISTRY: Registry = { services: SERVICES, sites: [tamperSite, ...SITES] };

export const TAMPERED_NAME = 'Tampered';

/** The OIDC provider again, its token endpoint the tampering one; every other endpoint the provider's own. */
export const TAMPERED_PROVIDER = {
  ...OIDC_PROVIDER,
  ProviderName: TAMPERED_NAME,
  ProviderDetails: {
    ...OIDC_PROVIDER.ProviderDetails,
    authorize_url: `${OIDC_ISSUER}/authorize`,
    token_url: `https://${TAMPER_HOST}/token`,
    attributes_url: `${OIDC_ISSUER}/userinfo`,
    jwks_uri: `${OIDC_ISSUER}/jwks`,
  },
};
