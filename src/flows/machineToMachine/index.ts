/** The machineToMachine flow: a resource server, a confidential client, client_credentials at /oauth2/token, your API's scope check. */
import { commonLabels } from '../labels';
import type { FlowDefinition } from '../types';
import { machineToMachineLabels } from './labels';

export const machineToMachineFlow: FlowDefinition = {
  id: 'machineToMachine',
  title: 'Machine to machine: a resource server, client credentials and a custom scope',
  load: () =>
    Promise.all([import('./machine'), import('./actors'), import('./guided'), import('../guided')]).then(([m, a, g, c]) => ({
      machine: m.machineToMachineMachine,
      actors: a.createMachineToMachineActors,
      guided: { ...c.commonGuided, ...g.machineToMachineGuided },
    })),
  labels: { ...commonLabels, ...machineToMachineLabels },
};
