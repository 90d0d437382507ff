/** The story flow: its machine and the guided actions its lesson steps can perform. */
import { commonLabels } from '../labels';
import type { FlowDefinition } from '../types';
import { storyLabels } from './labels';
import { storyGuided } from './guided';
import { storyMachine } from './machine';
import { commonGuided } from '../guided';

// The opening lessons are stories: their machine comes with the page rather than a chunk of its own.
export const storyFlow: FlowDefinition = {
  id: 'story',
  title: 'A story in messages',
  load: async () => ({ machine: storyMachine, guided: { ...commonGuided, ...storyGuided } }),
  labels: { ...commonLabels, ...storyLabels },
};
