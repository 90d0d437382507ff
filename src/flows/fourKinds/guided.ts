/** The four-kinds flow's guided actions: the buttons the app's screens offer, pressed for the learner. */
import type { GuidedAction } from '../types';
import { KIND_LABELS, type Kind } from './kinds';

const choose = (kind: Kind): GuidedAction => ({
  label: kind === 'guest' ? 'Use the app as a guest' : `Sign in as the ${KIND_LABELS[kind].toLowerCase()}`,
  plan: () => ({ events: [{ type: 'kind.choose', kind }], appTab: 'app' }),
});

export const fourKindsGuided: Record<string, GuidedAction> = {
  'kind.chooseAdmin': choose('admin'),
  'kind.choosePremium': choose('premium'),
  'kind.chooseAuthenticated': choose('authenticated'),
  'kind.chooseGuest': choose('guest'),
  'actions.run': { label: 'Try every request with these credentials', plan: () => ({ events: [{ type: 'actions.run' }], appTab: 'app' }) },
  'kind.change': { label: 'Choose another kind of user', plan: () => ({ events: [{ type: 'kind.change' }], appTab: 'app' }) },
};
