/** The AWS console's view of the pool: DescribeUserPool and DescribeUserPoolClient, as a developer checks the settings. */
import { assign, setup } from 'xstate';
import { placeholders } from '../cloudActors';
import { errorOf, screen, type StateMeta } from '../machineKit';
import type { FlowError, ScenarioSetup } from '../types';
import type { UserPoolClientDescription, UserPoolDescription } from '../wire';

export interface ConsoleContext {
  setup: ScenarioSetup;
  form: Record<string, string>;
  error?: FlowError;
  pool?: UserPoolDescription;
  client?: UserPoolClientDescription;
}

export type ConsoleEvent = { type: 'console.describePool' } | { type: 'console.describeClient' };

const describeAny = {
  'console.describePool': { target: 'describingPool' },
  'console.describeClient': { target: 'describingClient' },
} as const;

export const consoleMachine = setup({
  types: {
    context: {} as ConsoleContext,
    events: {} as ConsoleEvent,
    input: {} as { setup: ScenarioSetup },
    meta: {} as StateMeta,
  },
  actors: {
    describeUserPool: placeholders.describeUserPool,
    describeUserPoolClient: placeholders.describeUserPoolClient,
  },
  actions: {
    clearError: assign({ error: undefined }),
    keepError: assign({ error: ({ event }) => errorOf(event as { error?: unknown }) }),
  },
}).createMachine({
  id: 'console',
  description: 'The developer looks at the user pool and its app client the way the AWS console shows them.',
  context: ({ input }) => ({ setup: input.setup, form: {} }),
  initial: 'idle',
  states: {
    idle: {
      description: 'The console is open on the user pool; nothing has been read yet.',
      meta: screen('poolSettings'),
      on: describeAny,
    },
    describingPool: {
      description: 'The console calls DescribeUserPool: password policy, required attributes, auto-verified attributes…',
      meta: screen('poolSettings'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'describeUserPool',
        src: 'describeUserPool',
        input: ({ context }) => ({ UserPoolId: context.setup.userPoolId ?? '' }),
        onDone: { target: 'poolShown', actions: assign({ pool: ({ event }) => event.output.UserPool }) },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    poolShown: {
      description: "The pool's settings as DescribeUserPool returned them.",
      meta: screen('poolSettings'),
      on: describeAny,
    },
    describingClient: {
      description: "The console calls DescribeUserPoolClient: the app client's secret (if any), token lifetimes and allowed auth flows.",
      meta: screen('poolSettings'),
      tags: ['busy'],
      entry: 'clearError',
      invoke: {
        id: 'describeUserPoolClient',
        src: 'describeUserPoolClient',
        input: ({ context }) => ({ UserPoolId: context.setup.userPoolId ?? '', ClientId: context.setup.clientId ?? '' }),
        onDone: { target: 'clientShown', actions: assign({ client: ({ event }) => event.output.UserPoolClient }) },
        onError: { target: 'failed', actions: 'keepError' },
      },
    },
    clientShown: {
      description: "The app client's settings as DescribeUserPoolClient returned them.",
      meta: screen('poolSettings'),
      on: describeAny,
    },
    failed: {
      description: 'AWS refused the request (no such pool or client); the console shows the error and can ask again.',
      meta: screen('poolSettings'),
      on: describeAny,
    },
  },
});
