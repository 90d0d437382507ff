/**
 * The user pools' read model: what inspectors may see of every region's pools, as plain copies (the Users tab, the Tokens
 * tab's key ids, revocations and refresh-token lifetimes). Never the records the actions change.
 */
import type { ProviderEndpoints, SamlProviderMetadata, UserPoolsState, UserStatus } from '../model';

export interface UserView {
  username: string;
  sub: string;
  status: UserStatus;
  enabled: boolean;
  groups: string[];
  attributes: Record<string, string>;
  /** A federated or linked user's identities (the `identities` attribute, read): who may sign in as this user. */
  identities: { userId: string; providerName: string; providerType: string; issuer: string | null; primary: boolean; dateCreated: number }[];
  /**
   * The provider identities AdminLinkProviderForUser linked to this pool user, each by what it matches (`Cognito_Subject`
   * and the provider's user id, or a mapped attribute and its value), and those AdminDisableProviderForUser unlinked since.
   */
  links: LinkView[];
  /** AdminDisableProviderForUser with ProviderName `Cognito` took this user's password away: no password sign-in. */
  passwordDisabled: boolean;
}

export interface LinkView {
  providerName: string;
  attributeName: string;
  attributeValue: string;
  /** Epoch ms of the link. */
  dateCreated: number;
  /** Epoch ms AdminDisableProviderForUser removed the link; absent while it stands. */
  disabledAt?: number;
}

/** An external identity provider of the pool, as the inspectors show it. */
export interface IdentityProviderView {
  name: string;
  type: string;
  identifiers: string[];
  /** Pool attribute → the provider's claim. */
  attributeMapping: Record<string, string>;
  /** The client id Cognito uses at an OAuth provider (the `aud` of the provider's ID tokens). */
  clientId: string | undefined;
  /** An OAuth provider's endpoints as sign-in uses them: the ID tokens' `iss`, its keys (`jwks`), its token endpoint. */
  endpoints: ProviderEndpoints | undefined;
  /** A SAML provider's metadata as Cognito read it: its entity ID and signing certificates (base64 DER). */
  saml: SamlProviderMetadata | undefined;
}

export interface UserPoolView {
  id: string;
  name: string;
  region: string;
  /** The `kid`s of the pool's two signing keys, as its JWKS lists them. */
  keyIds: { id: string; access: string };
  clients: { clientId: string; clientName: string }[];
  users: UserView[];
  identityProviders: IdentityProviderView[];
  /** `origin_jti` → when its sign-in was revoked (GlobalSignOut, RevokeToken), epoch ms. */
  revokedOrigins: Record<string, number>;
  /** What the pool knows of each refresh token it minted. */
  refreshTokens: Record<string, { expiresAt: number; revoked: boolean }>;
}

export interface UserPoolsView {
  pools: UserPoolView[];
  pool(userPoolId: string | undefined): UserPoolView | undefined;
}

/** The `identities` attribute's entries (kept here rather than imported, so the read model stays small). */
function identitiesIn(value: string | undefined): UserView['identities'] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as UserView['identities']) : [];
  } catch {
    return [];
  }
}

/** Every region's pools, in creation order. `regions` is already a copy. */
export function inspectUserPools(regions: Record<string, UserPoolsState>): UserPoolsView {
  const pools: UserPoolView[] = [];
  for (const [region, state] of Object.entries(regions)) {
    for (const pool of Object.values(state.pools)) {
      pools.push({
        id: pool.Id,
        name: pool.Name,
        region,
        keyIds: { id: pool.keys.id.kid, access: pool.keys.access.kid },
        clients: Object.values(pool.clients).map((c) => ({ clientId: c.ClientId, clientName: c.ClientName })),
        users: Object.values(pool.users).map((u) => ({
          username: u.username,
          sub: u.sub,
          status: u.status,
          enabled: u.enabled,
          groups: u.groups,
          attributes: u.attributes,
          identities: identitiesIn(u.attributes.identities),
          links: [...(u.providerLinks ?? []), ...(u.disabledProviderLinks ?? [])],
          passwordDisabled: u.status !== 'EXTERNAL_PROVIDER' && u.passwordHash === '',
        })),
        identityProviders: Object.values(pool.identityProviders ?? {}).map((p) => ({
          name: p.ProviderName,
          type: p.ProviderType,
          identifiers: p.IdpIdentifiers,
          attributeMapping: p.AttributeMapping,
          // Plain copies already (see above): handed on as they are.
          clientId: p.ProviderDetails.client_id,
          endpoints: p.endpoints,
          saml: p.saml,
        })),
        revokedOrigins: pool.revokedOrigins,
        refreshTokens: Object.fromEntries(Object.entries(pool.refreshTokens).map(([token, r]) => [token, { expiresAt: r.expiresAt, revoked: r.revoked }])),
      });
    }
  }
  return { pools, pool: (id) => pools.find((p) => p.id === id) };
}
