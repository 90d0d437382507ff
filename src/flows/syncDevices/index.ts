/** The syncDevices flow: its machine, the guided actions its lesson steps can perform, and its own actors. */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { syncDevicesGuided } from './guided';
import { syncDevicesMachine } from './machine';
import { createSyncDeviceActors } from './syncActors';

export const syncDevicesFlow: FlowDefinition = {
  id: 'syncDevices',
  title: 'Cognito Sync across two devices',
  machine: syncDevicesMachine,
  guided: { ...commonGuided, ...syncDevicesGuided },
  actors: createSyncDeviceActors,
  // Its lessons get the Policies and Credentials tabs.
  identityPool: true,
};
