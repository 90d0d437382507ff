/** The basic flow's guided actions: the app's three calls, a signed Sync read, and the developer's trust-policy edits. */
import { only } from '../guided';
import type { GuidedAction } from '../types';

const app = (type: string) => ({ ...only(type), appTab: 'app' as const });

export const classicGuided: Record<string, GuidedAction> = {
  'classic.getId': { label: 'Get an identity (GetId)', plan: () => app('classic.getId') },
  'classic.getOpenIdToken': { label: 'Get its OpenID token (GetOpenIdToken)', plan: () => app('classic.getOpenIdToken') },
  'classic.assumeRole': { label: 'Exchange the token at STS (AssumeRoleWithWebIdentity)', plan: () => app('classic.assumeRole') },
  'classic.syncList': { label: 'Read my settings with Cognito Sync', plan: () => app('classic.syncList') },
  'classic.restart': { label: 'Start again', plan: () => app('classic.restart') },
  'trust.wrongAmr': { label: 'As the developer, make the trust policy require amr authenticated', plan: () => only('trust.wrongAmr') },
  'trust.wrongAud': { label: 'As the developer, make the trust policy name another identity pool as aud', plan: () => only('trust.wrongAud') },
  'trust.restore': { label: 'As the developer, restore Cognito’s trust policy', plan: () => only('trust.restore') },
};
