/** The story flow: its machine and the guided actions its lesson steps can perform. */
import { commonGuided } from '../guided';
import type { FlowDefinition } from '../types';
import { storyGuided } from './guided';
import { storyMachine } from './machine';

export const storyFlow: FlowDefinition = { id: 'story', title: 'A story in messages', machine: storyMachine, guided: { ...commonGuided, ...storyGuided } };
