import type { ActionContext } from '../context';
import { CloudError } from '../errors';
import { describeUserPoolClient, type UserPoolClientType } from './describe';
import type { TimeUnit, UserPoolClientRecord } from './model';
import { getPool } from './pools';

export interface CreateUserPoolClientRequest {
  UserPoolId: string;
  ClientName: string;
  GenerateSecret?: boolean;
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

export interface CreateUserPoolClientResponse {
  UserPoolClient: UserPoolClientType;
}

/** Without ExplicitAuthFlows a client allows SRP, custom auth and refresh, and not USER_PASSWORD_AUTH. */
export const DEFAULT_EXPLICIT_AUTH_FLOWS = ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH'];

const UNIT_MINUTES: Record<TimeUnit, number> = { seconds: 1 / 60, minutes: 1, hours: 60, days: 1440 };

type TokenSettings = Pick<UserPoolClientRecord, 'RefreshTokenValidity' | 'AccessTokenValidity' | 'IdTokenValidity' | 'TokenValidityUnits'>;

/** Token lifetimes and units, with AWS's defaults (60 min, 60 min, 30 days) and ranges (5 min–1 day; 60 min–10 years). */
export function tokenSettingsFrom(request: Partial<CreateUserPoolClientRequest>, current?: TokenSettings): TokenSettings {
  const units = {
    AccessToken: request.TokenValidityUnits?.AccessToken ?? (request.AccessTokenValidity !== undefined ? 'hours' : current?.TokenValidityUnits.AccessToken ?? 'minutes'),
    IdToken: request.TokenValidityUnits?.IdToken ?? (request.IdTokenValidity !== undefined ? 'hours' : current?.TokenValidityUnits.IdToken ?? 'minutes'),
    RefreshToken: request.TokenValidityUnits?.RefreshToken ?? current?.TokenValidityUnits.RefreshToken ?? 'days',
  } satisfies TokenSettings['TokenValidityUnits'];
  const settings: TokenSettings = {
    AccessTokenValidity: request.AccessTokenValidity ?? current?.AccessTokenValidity ?? 60,
    IdTokenValidity: request.IdTokenValidity ?? current?.IdTokenValidity ?? 60,
    RefreshTokenValidity: request.RefreshTokenValidity || current?.RefreshTokenValidity || 30,
    TokenValidityUnits: units,
  };
  const minutes = (value: number, unit: TimeUnit) => value * UNIT_MINUTES[unit];
  const check = (value: number, unit: TimeUnit, min: number, max: number, what: string) => {
    const m = minutes(value, unit);
    if (m < min || m > max) throw new CloudError('InvalidParameterException', `Invalid range for token validity. ${what} must be between ${min / 60 >= 1 ? `${min / 60} hour${min === 60 ? '' : 's'}` : `${min} minutes`} and ${max >= 1440 * 2 ? `${max / 1440} days` : '1 day'}.`);
  };
  check(settings.AccessTokenValidity, units.AccessToken, 5, 1440, 'Access token validity');
  check(settings.IdTokenValidity, units.IdToken, 5, 1440, 'ID token validity');
  check(settings.RefreshTokenValidity, units.RefreshToken, 60, 3650 * 1440, 'Refresh token validity');
  return settings;
}

/** CreateUserPoolClient: an app client of the pool, optionally with a secret, and the auth flows it allows. */
export function createUserPoolClient(ctx: ActionContext, request: CreateUserPoolClientRequest): CreateUserPoolClientResponse {
  const pool = getPool(ctx, request.UserPoolId);
  const ClientId = ctx.random.clientId();
  const { GenerateSecret, TokenValidityUnits: _units, ...settings } = request;
  const client: UserPoolClientRecord = {
    ...settings,
    ClientId,
    ClientName: request.ClientName,
    UserPoolId: pool.Id,
    ...(GenerateSecret ? { ClientSecret: ctx.random.clientSecret() } : {}),
    CreationDate: ctx.now,
    LastModifiedDate: ctx.now,
    ...tokenSettingsFrom(request),
    ExplicitAuthFlows: request.ExplicitAuthFlows ?? [...DEFAULT_EXPLICIT_AUTH_FLOWS],
    PreventUserExistenceErrors: request.PreventUserExistenceErrors ?? 'LEGACY',
    EnableTokenRevocation: request.EnableTokenRevocation ?? true,
    EnablePropagateAdditionalUserContextData: request.EnablePropagateAdditionalUserContextData ?? false,
    AuthSessionValidity: request.AuthSessionValidity ?? 3,
    AllowedOAuthFlowsUserPoolClient: request.AllowedOAuthFlowsUserPoolClient ?? false,
  };
  pool.clients[ClientId] = client;
  return { UserPoolClient: describeUserPoolClient(client) };
}
