/** The signIn flow: its machine and the guided actions its lesson steps can perform. */
import { commonLabels } from '../labels';
import type { FlowDefinition } from '../types';
import { signInLabels } from './labels';

export const signInFlow: FlowDefinition = {
  id: 'signIn',
  title: 'Sign in and use the tokens',
  load: () =>
    Promise.all([import('./machine'), import('./guided'), import('../guided')]).then(([m, g, c]) => ({
      machine: m.signInMachine,
      guided: { ...c.commonGuided, ...g.signInGuided },
    })),
  labels: { ...commonLabels, ...signInLabels },
};
