/** The flow's own actor: the simulated browser of the hosted UI flow (hostedUi/browse.ts), reused as it is. */
import { fromPromise } from 'xstate';
import type { Cloud } from '../../engine';
import { toFlowError } from '../cloudActors';
import { browse } from '../hostedUi/browse';
import type { GoogleIdentityPoolActors } from './setup';

export function createGoogleIdentityPoolActors(cloud: Cloud): GoogleIdentityPoolActors {
  return {
    browse: fromPromise(async ({ input }) => {
      try {
        return await browse(cloud, input.browser, input.request, input.settings);
      } catch (error) {
        throw toFlowError(error);
      }
    }),
  };
}
