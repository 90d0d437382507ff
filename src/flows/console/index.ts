/** The console flow: its machine and the guided actions its lesson steps can perform. */
import { commonLabels } from '../labels';
import type { FlowDefinition } from '../types';
import { consoleLabels } from './labels';

export const consoleFlow: FlowDefinition = {
  id: 'console',
  title: 'The pool in the AWS console',
  load: () =>
    Promise.all([import('./machine'), import('./guided'), import('../guided')]).then(([m, g, c]) => ({
      machine: m.consoleMachine,
      guided: { ...c.commonGuided, ...g.consoleGuided },
    })),
  labels: { ...commonLabels, ...consoleLabels },
};
