/** Every flow a lesson can name (`flow:` in front matter), with its machine and the guided actions its steps can perform. */
import { classicFlowDefinition } from './classicFlow';
import { consoleFlow } from './console';
import { credentialsFlow } from './credentials';
import { fourKindsFlow } from './fourKinds';
import { googleIdentityPoolFlow } from './googleIdentityPool';
import { hostedUiFlow } from './hostedUi';
import { machineToMachineFlow } from './machineToMachine';
import { signInFlow } from './signIn';
import { signUpFlow } from './signUp';
import { storyFlow } from './story';
import { syncDevicesFlow } from './syncDevices';
import type { FlowDefinition, FlowId } from './types';

/** One line per flow; each flow's folder holds its machine and guided steps (`src/ui/app/screens/<flow>/` its screens). */
export const flows: Record<FlowId, FlowDefinition> = {
  signUp: signUpFlow,
  signIn: signInFlow,
  console: consoleFlow,
  story: storyFlow,
  credentials: credentialsFlow,
  classicFlow: classicFlowDefinition,
  fourKinds: fourKindsFlow,
  syncDevices: syncDevicesFlow,
  hostedUi: hostedUiFlow,
  machineToMachine: machineToMachineFlow,
  googleIdentityPool: googleIdentityPoolFlow,
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
