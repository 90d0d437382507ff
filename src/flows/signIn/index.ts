/** The signIn flow: its machine and the guided actions its lesson steps can perform. */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { signInGuided } from './guided';

export const signInFlow: FlowDefinition = {
  id: 'signIn',
  title: 'Sign in and use the tokens',
  load: () => import('./machine').then((m) => ({ machine: m.signInMachine })),
  guided: { ...commonGuided, ...signInGuided },
};
