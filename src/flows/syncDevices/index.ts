/** The syncDevices flow: its machine, the guided actions its lesson steps can perform, and its own actors. */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { syncDevicesGuided } from './guided';

export const syncDevicesFlow: FlowDefinition = {
  id: 'syncDevices',
  title: 'Cognito Sync across two devices',
  load: () =>
    Promise.all([import('./machine'), import('./syncActors')]).then(([m, a]) => ({ machine: m.syncDevicesMachine, actors: a.createSyncDeviceActors })),
  guided: { ...commonGuided, ...syncDevicesGuided },
  // Its lessons get the Policies and Credentials tabs.
  identityPool: true,
};
