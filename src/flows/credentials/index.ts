/** The credentials flow: its machine and the guided actions its lesson steps can perform. */
import { commonLabels } from '../labels';
import type { FlowDefinition } from '../types';
import { credentialsLabels } from './labels';

export const credentialsFlow: FlowDefinition = {
  id: 'credentials',
  title: 'From identity to AWS credentials',
  load: () =>
    Promise.all([import('./machine'), import('./guided'), import('../guided')]).then(([m, g, c]) => ({
      machine: m.credentialsMachine,
      guided: { ...c.commonGuided, ...g.credentialsGuided },
    })),
  labels: { ...commonLabels, ...credentialsLabels },
  // Its lessons get the Policies and Credentials tabs.
  identityPool: true,
};
