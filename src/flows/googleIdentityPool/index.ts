/** The googleIdentityPool flow: Google's ID token straight to an identity pool, no user pool (machine and actors load lazily). */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { googleIdentityPoolGuided } from './guided';

export const googleIdentityPoolFlow: FlowDefinition = {
  id: 'googleIdentityPool',
  title: 'Google’s ID token straight to an identity pool',
  load: () => import('./load').then((m) => ({ machine: m.googleIdentityPoolMachine, actors: m.createGoogleIdentityPoolActors })),
  guided: { ...commonGuided, ...googleIdentityPoolGuided },
  // Its lessons get the Policies and Credentials tabs.
  identityPool: true,
};
