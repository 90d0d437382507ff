/** The fourKinds flow: its machine and the guided actions its lesson steps can perform. */
import { commonLabels } from '../labels';
import type { FlowDefinition } from '../types';
import { fourKindsLabels } from './labels';

export const fourKindsFlow: FlowDefinition = {
  id: 'fourKinds',
  title: 'The four kinds of user',
  load: () =>
    Promise.all([import('./machine'), import('./guided'), import('../guided')]).then(([m, g, c]) => ({
      machine: m.fourKindsMachine,
      guided: { ...c.commonGuided, ...g.fourKindsGuided },
    })),
  labels: { ...commonLabels, ...fourKindsLabels },
  // Its lessons get the Policies and Credentials tabs.
  identityPool: true,
};
