import { CloudError } from '../../kernel/errors';
import { MemberProblems } from './memberChecks';
import type { TimeUnit, UserPoolClientRecord } from '../model';

/** The app-client settings CreateUserPoolClient and UpdateUserPoolClient both take, as on the wire. */
export interface ClientSettingsRequest {
  RefreshTokenValidity?: number;
  AccessTokenValidity?: number;
  IdTokenValidity?: number;
  TokenValidityUnits?: { AccessToken?: TimeUnit; IdToken?: TimeUnit; RefreshToken?: TimeUnit };
  ReadAttributes?: string[];
  WriteAttributes?: string[];
  ExplicitAuthFlows?: string[];
  SupportedIdentityProviders?: string[];
  CallbackURLs?: string[];
  LogoutURLs?: string[];
  DefaultRedirectURI?: string;
  AllowedOAuthFlows?: string[];
  AllowedOAuthScopes?: string[];
  AllowedOAuthFlowsUserPoolClient?: boolean;
  PreventUserExistenceErrors?: 'LEGACY' | 'ENABLED';
  EnableTokenRevocation?: boolean;
  EnablePropagateAdditionalUserContextData?: boolean;
  AuthSessionValidity?: number;
}

/** Everything about a client except who it is (ClientId, ClientName, ClientSecret, UserPoolId) and when it changed. */
export type ClientSettings = Omit<UserPoolClientRecord, 'ClientId' | 'ClientName' | 'ClientSecret' | 'UserPoolId' | 'CreationDate' | 'LastModifiedDate'>;

/** Without ExplicitAuthFlows a client allows SRP, custom auth and refresh, and not USER_PASSWORD_AUTH. */
export const DEFAULT_EXPLICIT_AUTH_FLOWS = ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH'];

const EXPLICIT_AUTH_FLOWS = [
  'ALLOW_CUSTOM_AUTH',
  'ADMIN_NO_SRP_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
  'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_USER_SRP_AUTH',
  'CUSTOM_AUTH_FLOW_ONLY',
  'USER_PASSWORD_AUTH',
  'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  'ALLOW_USER_AUTH',
];
const OAUTH_FLOWS = ['implicit', 'client_credentials', 'code'];
const TIME_UNITS = ['seconds', 'minutes', 'hours', 'days'];
const UNIT_MINUTES: Record<TimeUnit, number> = { seconds: 1 / 60, minutes: 1, hours: 60, days: 1440 };
/** Members kept exactly as the request gives them, absent when it leaves them out. */
const AS_GIVEN = [
  'ReadAttributes',
  'WriteAttributes',
  'SupportedIdentityProviders',
  'CallbackURLs',
  'LogoutURLs',
  'DefaultRedirectURI',
  'AllowedOAuthFlows',
  'AllowedOAuthScopes',
] as const;

type TokenSettings = Pick<UserPoolClientRecord, 'RefreshTokenValidity' | 'AccessTokenValidity' | 'IdTokenValidity' | 'TokenValidityUnits'>;

/**
 * Token lifetimes and units with AWS's defaults (ID and access 60 minutes, refresh 30 days; a number without a unit
 * means hours for ID/access tokens and days for refresh tokens) and ranges (5 min – 1 day; 60 min – 3,650 days; ID and access
 * no longer than refresh). Out of range → `InvalidParameterException: Invalid range for token validity.` [O]
 */
export function tokenSettingsFrom(request: ClientSettingsRequest): TokenSettings {
  const given = request.TokenValidityUnits;
  // A lifetime the request leaves out (or a RefreshTokenValidity of 0) is the default, whatever unit the request names.
  // [U] for a unit without its number; AWS documents the default only for RefreshTokenValidity 0.
  const refreshDefault = !request.RefreshTokenValidity;
  const settings: TokenSettings = {
    AccessTokenValidity: request.AccessTokenValidity ?? 60,
    IdTokenValidity: request.IdTokenValidity ?? 60,
    RefreshTokenValidity: refreshDefault ? 30 : (request.RefreshTokenValidity as number),
    TokenValidityUnits: {
      AccessToken: request.AccessTokenValidity === undefined ? 'minutes' : (given?.AccessToken ?? 'hours'),
      IdToken: request.IdTokenValidity === undefined ? 'minutes' : (given?.IdToken ?? 'hours'),
      RefreshToken: refreshDefault ? 'days' : (given?.RefreshToken ?? 'days'),
    },
  };
  const units = settings.TokenValidityUnits;
  const minutes = (value: number, unit: TimeUnit) => value * UNIT_MINUTES[unit];
  const access = minutes(settings.AccessTokenValidity, units.AccessToken);
  const id = minutes(settings.IdTokenValidity, units.IdToken);
  const refresh = minutes(settings.RefreshTokenValidity, units.RefreshToken);
  const inRange = (m: number, min: number, max: number) => m >= min && m <= max;
  if (!inRange(access, 5, 1440) || !inRange(id, 5, 1440) || !inRange(refresh, 60, 3650 * 1440) || access > refresh || id > refresh) {
    throw new CloudError('InvalidParameterException', 'Invalid range for token validity.');
  }
  return settings;
}

/**
 * A client's settings from a Create/UpdateUserPoolClient request. Members the request leaves out take AWS's defaults,
 * on update too: ExplicitAuthFlows back to SRP + custom + refresh, PreventUserExistenceErrors LEGACY, token
 * revocation on, OAuth lists and URLs removed, token lifetimes back to 60 min / 60 min / 30 days.
 */
export function clientSettingsFrom(request: ClientSettingsRequest): ClientSettings {
  const problems = new MemberProblems()
    .eachOneOf(request.ExplicitAuthFlows, 'explicitAuthFlows', EXPLICIT_AUTH_FLOWS)
    .eachOneOf(request.AllowedOAuthFlows, 'allowedOAuthFlows', OAUTH_FLOWS)
    .range(request.RefreshTokenValidity, 'refreshTokenValidity', 0, 315360000)
    .range(request.AccessTokenValidity, 'accessTokenValidity', 1, 86400)
    .range(request.IdTokenValidity, 'idTokenValidity', 1, 86400)
    .range(request.AuthSessionValidity, 'authSessionValidity', 3, 15);
  for (const token of ['AccessToken', 'IdToken', 'RefreshToken'] as const) {
    problems.oneOf(request.TokenValidityUnits?.[token], `tokenValidityUnits.${token.charAt(0).toLowerCase()}${token.slice(1)}`, TIME_UNITS);
  }
  problems.throwIfAny();
  const flows = request.ExplicitAuthFlows;
  // [O] AWS's wording, for clients that use the ALLOW_ values. (A list of legacy values only allows refresh implicitly.)
  if (flows && flows.some((f) => f.startsWith('ALLOW_')) && !flows.includes('ALLOW_REFRESH_TOKEN_AUTH')) {
    throw new CloudError('InvalidParameterException', 'REFRESH_TOKEN_AUTH should always be allowed.');
  }
  const given: Record<string, unknown> = {};
  for (const name of AS_GIVEN) if (request[name] !== undefined) given[name] = structuredClone(request[name]);
  return {
    ...given,
    ...tokenSettingsFrom(request),
    ExplicitAuthFlows: flows ? [...flows] : [...DEFAULT_EXPLICIT_AUTH_FLOWS],
    PreventUserExistenceErrors: request.PreventUserExistenceErrors ?? 'LEGACY',
    EnableTokenRevocation: request.EnableTokenRevocation ?? true,
    EnablePropagateAdditionalUserContextData: request.EnablePropagateAdditionalUserContextData ?? false,
    AuthSessionValidity: request.AuthSessionValidity ?? 3,
    AllowedOAuthFlowsUserPoolClient: request.AllowedOAuthFlowsUserPoolClient ?? false,
  };
}
