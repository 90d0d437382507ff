/** The console flow: its machine and the guided actions its lesson steps can perform. */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { consoleGuided } from './guided';

export const consoleFlow: FlowDefinition = {
  id: 'console',
  title: 'The pool in the AWS console',
  load: () => import('./machine').then((m) => ({ machine: m.consoleMachine })),
  guided: { ...commonGuided, ...consoleGuided },
};
