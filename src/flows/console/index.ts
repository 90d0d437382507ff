/** The console flow: its machine and the guided actions its lesson steps can perform. */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { consoleGuided } from './guided';
import { consoleMachine } from './machine';

export const consoleFlow: FlowDefinition = {
  id: 'console',
  title: 'The pool in the AWS console',
  machine: consoleMachine,
  guided: { ...commonGuided, ...consoleGuided },
};
