/**
 * The hosted UI lessons' starting point, as the article leaves it before "App integration": its pool with the confirmed
 * user, and an app client without a secret whose OAuth settings are still empty (no domain, no callback, no flows).
 */
import type { Cloud } from '../../engine';
import type { ScenarioSetup } from '../types';

/** The prefix the guided steps type for the pool's domain ("enter the domain you wish, and keep a note of it"). */
export const ARTICLE_DOMAIN = 'article-shop';
/** The article's callback and sign-out URL while testing. */
export const ARTICLE_CALLBACK = 'http://localhost';

/** The second person of the hosted UI lessons: who signs up on the hosted UI's own sign-up page. */
export const NEW_USER = { username: 'jo.doe@gmail.com', email: 'jo.doe@gmail.com', password: '#Jodoe1234' } as const;

/** The Google identity provider's name: for the Google type AWS requires exactly `Google`. */
export const GOOGLE_PROVIDER = 'Google';
/** The generic OIDC provider's name in the pool (the hosted UI's button and the `identities` claim show it). */
export const OIDC_PROVIDER = 'ExampleID';
/**
 * Who signs in at the simulated Google in the federation lessons (and whom `linkGoogleUser` links): Jane Doe, the first
 * of the simulated Google's test users (engine/idp/fixtures.ts). Written out rather than imported, so the guided steps'
 * labels do not pull the providers' fixtures into the first page's JS; a test checks that they agree.
 */
export const GOOGLE_PERSON = { sub: '104857392017463829104', email: 'jane.doe@gmail.com', password: 'Jane-Passw0rd' } as const;
/** Who signs in at the generic OIDC provider: Alex Kim, its first test user (the same way). */
export const OIDC_PERSON = { sub: 'user-7f3a9c21', email: 'alex.kim@idp.example.com', password: 'Alex-Passw0rd' } as const;

/** The SAML provider's name in the pool: the hosted UI's button, and the first half of its users' names (`CorpSAML_<NameID>`). */
export const SAML_PROVIDER = 'CorpSAML';
/** The email domain the SAML provider's users have: its identifier, so the hosted UI (or `idp_identifier`) can pick it. */
export const SAML_IDP_IDENTIFIER = 'example.com';
/**
 * Who signs in at the simulated SAML IdP: Maria Garcia, its first test user (engine/idp/saml/fixtures.ts), whose NameID
 * is her email address; and the button of the IdP's page that posts the assertion. Written out like GOOGLE_PERSON, so the
 * guided labels leave the IdP's fixtures out of the first page's JS; a test checks that they agree.
 */
export const SAML_PERSON = { username: 'maria.garcia', password: 'Maria-Passw0rd', email: 'maria.garcia@example.com' } as const;
export const SAML_POST_BUTTON = 'Continue to the service provider';

/** `base` is the article's pool with its confirmed user (scenarios.ts); the region is where the domain will answer. */
export function hostedUiScenario(cloud: Cloud, base: ScenarioSetup): ScenarioSetup {
  return { ...base, region: cloud.region };
}
