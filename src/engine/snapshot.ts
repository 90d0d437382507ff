/** Reading snapshots of this and earlier versions: every restore goes through here. */
import type { Registry } from './router';
import { siteStateHolder, type StateHolder } from './services';
import type { CloudSnapshot, ServiceStates } from './state';

/** What version 1 (a cloud of user pools in one region) looked like. */
interface SnapshotV1 extends Omit<CloudSnapshot, 'version' | 'services'> {
  version: 1;
  userPools: unknown;
}

/**
 * A snapshot as this version reads it: version 1 (before the registry) becomes version 2 with its pools in its region;
 * a service state saved under another state version than the registry's is refused, naming the service.
 */
export function migrateSnapshot(value: CloudSnapshot | SnapshotV1, registry: Registry): CloudSnapshot {
  if (value?.format !== 'cognito-simulator/cloud' || (value.version !== 1 && value.version !== 2)) {
    throw new Error(`Not a cloud snapshot this version can restore (format ${String(value?.format)}, version ${String(value?.version)}).`);
  }
  let snapshot: CloudSnapshot;
  if (value.version === 1) {
    const { userPools, ...rest } = value;
    const userPoolService = registry.services.find((s) => s.facade === 'cognitoIdp');
    const services: ServiceStates = userPoolService ? { [userPoolService.id]: { version: 1, regions: { [value.region]: userPools } } } : {};
    snapshot = {
      ...rest,
      version: 2,
      services,
      log: rest.log.map((e) => ({ ...e, region: e.region ?? value.region })),
      outbox: rest.outbox.map((m) => ({ ...m, requestId: m.requestId ?? '' })),
    };
  } else snapshot = value;
  for (const [id, stored] of Object.entries(snapshot.services)) {
    // A service's state, or a site's own (an identity provider's).
    const service: StateHolder | undefined =
      registry.services.find((s) => s.id === id) ?? registry.sites.map(siteStateHolder).find((holder) => holder?.id === id);
    if (!service) throw new Error(`The snapshot holds state of a service this cloud does not simulate (${id}).`);
    if (stored.version !== service.stateVersion && !service.restorable?.includes(stored.version)) {
      throw new Error(`The snapshot's ${id} state is version ${stored.version}; this simulator reads version ${service.stateVersion}.`);
    }
    for (const region of Object.keys(stored.regions)) stored.regions[region] = service.restore(stored.regions[region]);
    stored.version = service.stateVersion;
  }
  return snapshot;
}
