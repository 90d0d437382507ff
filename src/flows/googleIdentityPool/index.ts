/** The googleIdentityPool flow: Google's ID token straight to an identity pool, no user pool (machine and actors load lazily). */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { googleIdentityPoolGuided } from './guided';

export const googleIdentityPoolFlow: FlowDefinition = {
  id: 'googleIdentityPool',
  title: 'An identity pool with a social token: Google’s ID token, no user pool',
  load: () =>
    Promise.all([import('./machine'), import('./actors')]).then(([m, a]) => ({
      machine: m.googleIdentityPoolMachine,
      actors: a.createGoogleIdentityPoolActors,
    })),
  guided: { ...commonGuided, ...googleIdentityPoolGuided },
  // Its lessons get the Policies and Credentials tabs.
  identityPool: true,
};
