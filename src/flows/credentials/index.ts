/** The credentials flow: its machine and the guided actions its lesson steps can perform. */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { credentialsGuided } from './guided';

export const credentialsFlow: FlowDefinition = {
  id: 'credentials',
  title: 'From identity to AWS credentials',
  load: () => import('./machine').then((m) => ({ machine: m.credentialsMachine })),
  guided: { ...commonGuided, ...credentialsGuided },
  // Its lessons get the Policies and Credentials tabs.
  identityPool: true,
};
