/** The syncDevices flow: its machine, the guided actions its lesson steps can perform, and its own actors. */
import { commonLabels } from '../labels';
import type { FlowDefinition } from '../types';
import { syncDevicesLabels } from './labels';

export const syncDevicesFlow: FlowDefinition = {
  id: 'syncDevices',
  title: 'Cognito Sync across two devices',
  load: () =>
    Promise.all([import('./machine'), import('./syncActors'), import('./guided'), import('../guided')]).then(([m, a, g, c]) => ({
      machine: m.syncDevicesMachine,
      actors: a.createSyncDeviceActors,
      guided: { ...c.commonGuided, ...g.syncDevicesGuided },
    })),
  labels: { ...commonLabels, ...syncDevicesLabels },
  // Its lessons get the Policies and Credentials tabs.
  identityPool: true,
};
