/** The story flow's guided action: reveal the step's message. */
import type { GuidedAction } from '../types';

export const storyGuided: Record<string, GuidedAction> = {
  'story.tell': {
    label: 'Next message',
    plan: (env) => {
      if (!env.step?.message) throw new Error('This story step has no message to tell.');
      const label = env.step.label === 'authentication' || env.step.label === 'authorization' ? env.step.label : undefined;
      const cast = env.step.cast;
      return { events: [{ type: 'story.tell', message: env.step.message, ...(label ? { label } : {}), ...(cast ? { cast } : {}) }] };
    },
  },
};
