/** The hostedUi flow: the app signs in through the pool's hosted UI in a simulated browser (OAuth 2.0 redirects). */
import { commonLabels } from '../labels';
import type { FlowDefinition } from '../types';
import { hostedUiLabels, federationLabels } from './labels';

export const hostedUiFlow: FlowDefinition = {
  id: 'hostedUi',
  title: 'The hosted UI: App integration, then OAuth 2.0 in a browser',
  load: () =>
    Promise.all([import('./machine'), import('./actors'), import('./guided'), import('./federationGuided'), import('../guided')]).then(([m, a, g, f, c]) => ({
      machine: m.hostedUiMachine,
      actors: a.createHostedUiActors,
      guided: { ...c.commonGuided, ...g.hostedUiGuided, ...f.federationGuided },
    })),
  labels: { ...commonLabels, ...hostedUiLabels, ...federationLabels },
};
