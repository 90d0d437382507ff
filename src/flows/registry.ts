/** Every flow a lesson can name (`flow:` in front matter), with its machine and the guided actions its steps can perform. */
import { consoleMachine } from './consoleMachine';
import { commonGuided, consoleGuided, signInGuided, signUpGuided, storyGuided } from './guided';
import { signInMachine } from './signInMachine';
import { signUpMachine } from './signUpMachine';
import { storyMachine } from './storyMachine';
import type { FlowDefinition, FlowId } from './types';

export const flows: Record<FlowId, FlowDefinition> = {
  signUp: { id: 'signUp', title: 'Sign up and confirm', machine: signUpMachine, guided: { ...commonGuided, ...signUpGuided } },
  signIn: { id: 'signIn', title: 'Sign in and use the tokens', machine: signInMachine, guided: { ...commonGuided, ...signInGuided } },
  console: { id: 'console', title: 'The pool in the AWS console', machine: consoleMachine, guided: { ...commonGuided, ...consoleGuided } },
  story: { id: 'story', title: 'A story in messages', machine: storyMachine, guided: { ...commonGuided, ...storyGuided } },
};

export const FLOW_IDS = Object.keys(flows) as FlowId[];

export function isFlowId(id: string): id is FlowId {
  return Object.hasOwn(flows, id);
}

/** The flow with this id; throws for an unknown one (the UI validates lesson front matter with `isFlowId` first). */
export function getFlow(id: FlowId): FlowDefinition {
  const flow = flows[id];
  if (!flow) throw new Error(`Unknown flow "${String(id)}". Known flows: ${FLOW_IDS.join(', ')}.`);
  return flow;
}
