/** The hostedUi flow: the app signs in through the pool's hosted UI in a simulated browser (OAuth 2.0 redirects). */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { federationGuided } from './federationGuided';
import { hostedUiGuided } from './guided';

export const hostedUiFlow: FlowDefinition = {
  id: 'hostedUi',
  title: 'The hosted UI: App integration, then OAuth 2.0 in a browser',
  load: () => Promise.all([import('./machine'), import('./actors')]).then(([m, a]) => ({ machine: m.hostedUiMachine, actors: a.createHostedUiActors })),
  guided: { ...commonGuided, ...hostedUiGuided, ...federationGuided },
};
