/**
 * The simulated SAML 2.0 identity provider at `saml.idp.example.com`: its metadata, and a single sign-on service that
 * reads an AuthnRequest (HTTP-Redirect or HTTP-POST binding), signs a test user in and answers with a signed assertion
 * through the HTTP-POST binding. It keeps no state. The endpoints' code (and XML-DSig with it) loads with the first visit.
 */
import type { SiteDescriptor } from '../../services';

/** Kept here, not in fixtures.ts: the registry loads with the page, the fixtures only with the first visit. */
export const SAML_HOST = 'saml.idp.example.com';

let loaded: Promise<typeof import('./endpoints')> | undefined;
const endpoints = () => (loaded ??= import('./endpoints'));

export const samlIdp: SiteDescriptor = {
  kind: 'site',
  id: 'idp-saml',
  participant: 'SAML IdP',
  matchHost: (host) => (host === SAML_HOST ? {} : undefined),
  handle: (ctx, request) => endpoints().then(({ visitSaml }) => visitSaml(ctx, request)),
};
