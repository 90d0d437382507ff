/** The credentials flow: its machine and the guided actions its lesson steps can perform. */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { credentialsGuided } from './guided';
import { credentialsMachine } from './machine';

export const credentialsFlow: FlowDefinition = {
  id: 'credentials',
  title: 'From identity to AWS credentials',
  machine: credentialsMachine,
  guided: { ...commonGuided, ...credentialsGuided },
  // Its lessons get the Policies and Credentials tabs.
  identityPool: true,
};
