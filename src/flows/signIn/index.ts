/** The signIn flow: its machine and the guided actions its lesson steps can perform. */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { signInGuided } from './guided';
import { signInMachine } from './machine';

export const signInFlow: FlowDefinition = {
  id: 'signIn',
  title: 'Sign in and use the tokens',
  machine: signInMachine,
  guided: { ...commonGuided, ...signInGuided },
};
