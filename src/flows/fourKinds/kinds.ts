/** The four kinds of user and what the flow, its screens and its scenarios share about them (scenarios.ts builds the cloud). */
import { ARTICLE_USER, type ScenarioSetup } from '../types';

/** The four kinds, most powerful first. */
export const KINDS = ['admin', 'premium', 'authenticated', 'guest'] as const;
export type Kind = (typeof KINDS)[number];
/** The kinds who sign in to the user pool (a guest does not). */
export type SignedInKind = Exclude<Kind, 'guest'>;

export const KIND_LABELS: Record<Kind, string> = {
  admin: 'Administrator',
  premium: 'Premium (paid) user',
  authenticated: 'Authenticated user',
  guest: 'Guest',
};

/** Who signs in as each kind; all have the article's password. */
export const FOUR_KINDS_USERS: Record<SignedInKind, { username: string; password: string; plan: 'premium' | 'free'; groups: string[] }> = {
  // The administrator also pays: in both groups, the lower Precedence (admins) decides `cognito:preferred_role`.
  admin: { username: 'admin.user@example.com', password: ARTICLE_USER.password, plan: 'premium', groups: ['admins', 'premium'] },
  premium: { username: 'premium.user@example.com', password: ARTICLE_USER.password, plan: 'premium', groups: ['premium'] },
  authenticated: { username: ARTICLE_USER.username, password: ARTICLE_USER.password, plan: 'free', groups: [] },
};

export const FOUR_KINDS_BUCKET = 'four-kinds-content';
/** The object only administrators and premium users may read. */
export const PREMIUM_REPORT_KEY = 'premium/report.txt';
export const ROLE_NAMES: Record<Kind, string> = {
  admin: 'FourKinds_Admin_Role',
  premium: 'FourKinds_Premium_Role',
  authenticated: 'FourKinds_Auth_Role',
  guest: 'FourKinds_Unauth_Role',
};
/** What these scenarios build, handed to the four-kinds machine as `input.setup`. */
export interface FourKindsSetup extends ScenarioSetup {
  userPoolId: string;
  clientId: string;
  identityPoolId: string;
  /** The Logins key of the user pool: `cognito-idp.<region>.amazonaws.com/<userPoolId>`. */
  providerName: string;
  bucket: string;
  region: string;
  mapping: 'Token' | 'Rules';
  users: Record<SignedInKind, { username: string; password: string }>;
  roles: Record<Kind, string>;
}
