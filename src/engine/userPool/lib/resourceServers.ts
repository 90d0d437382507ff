import { CloudError } from '../../kernel/errors';
import { lookup } from '../../kernel/records';
import type { ResourceServerRecord, UserPoolRecord } from '../model';

/** A scope as CreateResourceServer and UpdateResourceServer take it (ResourceServerScopeType). */
export interface ResourceServerScope {
  ScopeName: string;
  ScopeDescription: string;
}

/**
 * A resource server of the pool by Identifier.
 * [U] AWS's wording for an unknown identifier; the code, ResourceNotFoundException, is the API reference's.
 */
export function getResourceServer(pool: UserPoolRecord, identifier: string): ResourceServerRecord {
  const server = lookup(pool.resourceServers, identifier);
  if (!server) throw new CloudError('ResourceNotFoundException', `Resource server ${identifier} does not exist.`);
  return server;
}

/**
 * The scopes a request gives, copied. The model checks each name's characters (no `/`, `"` or `\`) and lengths;
 * a name given twice in one server is refused. [U] the wording of that refusal.
 */
export function scopesFrom(scopes: readonly ResourceServerScope[] | undefined): ResourceServerScope[] {
  const list = (scopes ?? []).map((s) => ({ ScopeName: s.ScopeName, ScopeDescription: s.ScopeDescription }));
  const seen = new Set<string>();
  for (const { ScopeName } of list) {
    if (seen.has(ScopeName)) throw new CloudError('InvalidParameterException', `Duplicate scope name: ${ScopeName}`);
    seen.add(ScopeName);
  }
  return list;
}

/** ResourceServerType as the resource server actions answer it (Scopes always present, perhaps empty [U]). */
export function resourceServerType(server: ResourceServerRecord) {
  return {
    UserPoolId: server.UserPoolId,
    Identifier: server.Identifier,
    Name: server.Name,
    Scopes: server.Scopes.map((s) => ({ ...s })),
  };
}

export type ResourceServerType = ReturnType<typeof resourceServerType>;

/** Every custom scope the pool's resource servers define, as a client names it: `<Identifier>/<ScopeName>`. */
export function customScopes(pool: UserPoolRecord): Set<string> {
  const scopes = new Set<string>();
  for (const server of Object.values(pool.resourceServers)) for (const s of server.Scopes) scopes.add(`${server.Identifier}/${s.ScopeName}`);
  return scopes;
}
