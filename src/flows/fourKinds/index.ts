/** The fourKinds flow: its machine and the guided actions its lesson steps can perform. */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { fourKindsGuided } from './guided';

export const fourKindsFlow: FlowDefinition = {
  id: 'fourKinds',
  title: 'The four kinds of user',
  load: () => import('./machine').then((m) => ({ machine: m.fourKindsMachine })),
  guided: { ...commonGuided, ...fourKindsGuided },
  // Its lessons get the Policies and Credentials tabs.
  identityPool: true,
};
