/** Helpers for flow tests: real clouds with fixture keys, actors wired to them, a storage fake. */
import { createActor, waitFor, type AnyActorRef, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';
import type { Cloud } from '../../src/engine';
import { createCloudActors } from '../../src/flows/cloudActors';
import { createIdentityActors } from '../../src/flows/identityActors';
import { typing } from '../../src/flows/guided';
import { scenarios } from '../../src/flows/scenarios';
import type { StorageLike } from '../../src/flows/session';
import type { FlowMachine, ScenarioId, ScenarioSetup } from '../../src/flows/types';
import { newCloud } from '../support/cloud';

export interface Wired {
  cloud: Cloud;
  setup: ScenarioSetup;
  actor: AnyActorRef;
  snapshot(): AnyMachineSnapshot;
  /** Sends each event, waiting for any cloud call it starts to finish. */
  send(...events: EventObject[]): Promise<AnyMachineSnapshot>;
  type(fields: Record<string, string>): Promise<AnyMachineSnapshot>;
}

/** A real cloud with the scenario built, and the machine running against it. */
export async function wire(machine: AnyStateMachine, scenario: ScenarioId, flowActors?: FlowMachine['actors']): Promise<Wired> {
  const cloud = await newCloud();
  const setup = await scenarios[scenario](cloud);
  const actors = { ...createCloudActors(cloud), ...createIdentityActors(cloud), ...flowActors?.(cloud) };
  const actor = createActor(machine.provide({ actors }), { input: { setup } }).start();
  const snapshot = () => actor.getSnapshot() as AnyMachineSnapshot;
  const send = async (...events: EventObject[]) => {
    for (const event of events) {
      actor.send(event);
      await waitFor(actor, (s: AnyMachineSnapshot) => !s.hasTag('busy'));
    }
    return snapshot();
  };
  return { cloud, setup, actor, snapshot, send, type: (fields) => send(...typing(fields)) };
}

/** Lets promise actors settle. */
export const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A Map-backed Storage, with the raw map exposed for tampering. */
export function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

/** The newest code sent to an address. */
export function newestCodeTo(cloud: Cloud, to: string): string {
  const message = [...cloud.outbox.entries].reverse().find((m) => m.to === to && m.code);
  if (!message?.code) throw new Error(`no code sent to ${to}`);
  return message.code;
}
