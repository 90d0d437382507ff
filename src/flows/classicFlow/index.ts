/** The classicFlow flow (the basic flow): its machine and the guided actions its lesson steps can perform. */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { classicGuided } from './guided';

export const classicFlowDefinition: FlowDefinition = {
  id: 'classicFlow',
  title: 'The basic flow: an OpenID token exchanged at STS',
  load: () => import('./machine').then((m) => ({ machine: m.classicMachine })),
  guided: { ...commonGuided, ...classicGuided },
  // Its lessons get the Policies and Credentials tabs.
  identityPool: true,
};
