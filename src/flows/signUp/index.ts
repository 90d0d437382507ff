/** The signUp flow: its machine and the guided actions its lesson steps can perform. */
import { commonLabels } from '../labels';
import type { FlowDefinition } from '../types';
import { signUpLabels } from './labels';

export const signUpFlow: FlowDefinition = {
  id: 'signUp',
  title: 'Sign up and confirm',
  load: () =>
    Promise.all([import('./machine'), import('./guided'), import('../guided')]).then(([m, g, c]) => ({
      machine: m.signUpMachine,
      guided: { ...c.commonGuided, ...g.signUpGuided },
    })),
  labels: { ...commonLabels, ...signUpLabels },
};
