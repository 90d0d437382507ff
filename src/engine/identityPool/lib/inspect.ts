/**
 * The identity pools' read model: every region's pools with their roles and role mappings, and the identities they
 * handed out, as plain copies for inspectors. Never the records the actions change.
 */
import type { IdentityPoolsState, RoleMapping } from '../model';

export interface IdentityView {
  identityId: string;
  /** The provider names of its linked logins; empty for a guest. */
  logins: string[];
  /** Epoch ms. */
  created: number;
  mergedInto?: string;
}

export interface IdentityPoolView {
  id: string;
  name: string;
  region: string;
  allowUnauthenticated: boolean;
  allowClassicFlow: boolean;
  /** SetIdentityPoolRoles' default roles. */
  roles: { authenticated?: string; unauthenticated?: string };
  /** By provider key (`cognito-idp.<region>.amazonaws.com/<userPoolId>:<clientId>`). */
  roleMappings: Record<string, RoleMapping>;
  /** In the order created. */
  identities: IdentityView[];
}

export interface IdentityPoolsView {
  /** By name, then id. */
  pools: IdentityPoolView[];
}

/** Every region's identity pools. `regions` is already a copy. */
export function inspectIdentityPools(regions: Record<string, IdentityPoolsState>): IdentityPoolsView {
  const pools = Object.entries(regions).flatMap(([region, state]) =>
    Object.values(state.pools).map((pool): IdentityPoolView => {
      const roles = state.roles[pool.IdentityPoolId];
      return {
        id: pool.IdentityPoolId,
        name: pool.IdentityPoolName,
        region,
        allowUnauthenticated: pool.AllowUnauthenticatedIdentities,
        allowClassicFlow: pool.AllowClassicFlow,
        roles: { ...(roles?.Roles ?? {}) },
        roleMappings: roles?.RoleMappings ?? {},
        identities: Object.values(state.identities)
          .filter((identity) => identity.IdentityPoolId === pool.IdentityPoolId)
          .sort((a, b) => a.created - b.created)
          .map((identity) => ({
            identityId: identity.IdentityId,
            logins: [...identity.logins],
            created: identity.created,
            ...(identity.mergedInto ? { mergedInto: identity.mergedInto } : {}),
          })),
      };
    }),
  );
  pools.sort((a, b) => (a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1));
  return { pools };
}
