/** The classicFlow flow (the basic flow): its machine and the guided actions its lesson steps can perform. */
import { commonLabels } from '../labels';
import type { FlowDefinition } from '../types';
import { classicLabels } from './labels';

export const classicFlowDefinition: FlowDefinition = {
  id: 'classicFlow',
  title: 'The basic flow: an OpenID token exchanged at STS',
  load: () =>
    Promise.all([import('./machine'), import('./guided'), import('../guided')]).then(([m, g, c]) => ({
      machine: m.classicMachine,
      guided: { ...c.commonGuided, ...g.classicGuided },
    })),
  labels: { ...commonLabels, ...classicLabels },
  // Its lessons get the Policies and Credentials tabs.
  identityPool: true,
};
