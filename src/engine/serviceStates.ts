/**
 * Reading services' live state without creating it (reading is not a request): another service's region for `ctx.peek`,
 * the credentials STS issued for the front door, IAM's roles and policies for authorization.
 */
import type { IamState } from './iam/model';
import { lookup } from './kernel/records';
import type { Registry } from './router';
import type { AnyService } from './services';
import type { ServiceStates } from './state';
import type { IssuedCredentials } from './sts/model';

/** A service's state where a request in `region` finds it (`global` for global and per-account services), if it has any. */
export function stateOf(services: ServiceStates, service: AnyService, region: string): unknown {
  return lookup(services[service.id]?.regions ?? {}, service.global || service.perAccount ? 'global' : region);
}

/** Temporary credentials an access key id names, from the service that issues them (STS). */
export function issuedCredentials(registry: Registry, services: ServiceStates, accessKeyId: string): IssuedCredentials | undefined {
  for (const service of registry.services) {
    const state = service.issuedCredentials && lookup(services[service.id]?.regions ?? {}, 'global');
    const found = state ? service.issuedCredentials?.(state, accessKeyId) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** IAM's live state in this account (the registry's `iamStore` service); undefined when it has none. */
export function iamStateOf(registry: Registry, services: ServiceStates): IamState | undefined {
  const store = registry.services.find((s) => s.iamStore);
  return store ? (lookup(services[store.id]?.regions ?? {}, 'global') as IamState | undefined) : undefined;
}
