/** The googleIdentityPool flow: Google's ID token straight to an identity pool, no user pool (machine and actors load lazily). */
import { commonLabels } from '../labels';
import type { FlowDefinition } from '../types';
import { googleIdentityPoolLabels } from './labels';

export const googleIdentityPoolFlow: FlowDefinition = {
  id: 'googleIdentityPool',
  title: 'Google’s ID token straight to an identity pool',
  load: () =>
    Promise.all([import('./load'), import('./guided'), import('../guided')]).then(([m, g, c]) => ({
      machine: m.googleIdentityPoolMachine,
      actors: m.createGoogleIdentityPoolActors,
      guided: { ...c.commonGuided, ...g.googleIdentityPoolGuided },
    })),
  labels: { ...commonLabels, ...googleIdentityPoolLabels },
  // Its lessons get the Policies and Credentials tabs.
  identityPool: true,
};
