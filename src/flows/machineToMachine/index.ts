/** The machineToMachine flow: a resource server, a confidential client, client_credentials at /oauth2/token, your API's scope check. */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { machineToMachineGuided } from './guided';

export const machineToMachineFlow: FlowDefinition = {
  id: 'machineToMachine',
  title: 'Machine to machine: a resource server, client credentials and a custom scope',
  load: () =>
    Promise.all([import('./machine'), import('./actors')]).then(([m, a]) => ({ machine: m.machineToMachineMachine, actors: a.createMachineToMachineActors })),
  guided: { ...commonGuided, ...machineToMachineGuided },
};
