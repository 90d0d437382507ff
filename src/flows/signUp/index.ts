/** The signUp flow: its machine and the guided actions its lesson steps can perform. */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { signUpGuided } from './guided';

export const signUpFlow: FlowDefinition = {
  id: 'signUp',
  title: 'Sign up and confirm',
  load: () => import('./machine').then((m) => ({ machine: m.signUpMachine })),
  guided: { ...commonGuided, ...signUpGuided },
};
