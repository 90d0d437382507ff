/** A story told one message at a time (the cinema-ticket analogy of authentication and authorization): no cloud at all. */
import { assign, setup } from 'xstate';
import { screen, type StateMeta } from '../machineKit';
import type { FlowError, ScenarioSetup } from '../types';

export type StoryLabel = 'authentication' | 'authorization';

/** One message of the story, as a lesson step's `message` attribute writes it: `Moviegoer->>Ticket site: pays and proves who they are`. */
export interface StoryMessage {
  message: string;
  label?: StoryLabel;
  /** Which cast tells it (`In Cognito`): the diagram draws each cast's participants in a box of its own. */
  cast?: string;
}

export interface StoryContext {
  setup: ScenarioSetup;
  form: Record<string, string>;
  error?: FlowError;
  messages: StoryMessage[];
}

export type StoryEvent = { type: 'story.tell'; message: string; label?: StoryLabel; cast?: string };

export const storyMachine = setup({
  types: {
    context: {} as StoryContext,
    events: {} as StoryEvent,
    input: {} as { setup: ScenarioSetup },
    meta: {} as StateMeta,
  },
}).createMachine({
  id: 'story',
  description: 'A sequence diagram grows one message per lesson step.',
  context: ({ input }) => ({ setup: input.setup, form: {}, messages: [] }),
  initial: 'telling',
  states: {
    telling: {
      description: "Each story.tell adds the step's message to the diagram.",
      meta: screen('story'),
      on: {
        'story.tell': {
          actions: assign({
            messages: ({ context, event }) => [
              ...context.messages,
              { message: event.message, ...(event.label ? { label: event.label } : {}), ...(event.cast ? { cast: event.cast } : {}) },
            ],
          }),
        },
      },
    },
  },
});
