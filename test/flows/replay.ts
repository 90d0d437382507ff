/** Runs a path @xstate/graph generated on a real actor whose cloud actors answer exactly as the path scripts them. */
import { createActor, fromPromise, type AnyActorLogic, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';
import { isActorAnswer } from './graphModels';

type Pending = { resolve: (output: unknown) => void; reject: (error: unknown) => void };

/** Fake cloud actors that wait until the replay delivers their answer; the newest invocation of each id gets it. */
export function scriptedActors(names: string[]): { actors: Record<string, AnyActorLogic>; answer(event: EventObject): void } {
  const pending = new Map<string, Pending>();
  const actors: Record<string, AnyActorLogic> = {};
  for (const name of names) {
    actors[name] = fromPromise(() => new Promise((resolve, reject) => pending.set(name, { resolve, reject })));
  }
  return {
    actors,
    answer(event) {
      const [, kind, id] = /^xstate\.(done|error)\.actor\.(.+)$/.exec(event.type) ?? [];
      const waiting = pending.get(id!);
      if (!waiting) throw new Error(`No ${id} call is waiting for ${event.type}`);
      pending.delete(id!);
      if (kind === 'done') waiting.resolve((event as { output?: unknown }).output);
      else waiting.reject((event as { error?: unknown }).error);
    },
  };
}

/** Every actor name a machine declares (its invoke `src`s). */
export function actorNames(machine: AnyStateMachine): string[] {
  return Object.keys((machine.implementations as { actors: Record<string, unknown> }).actors);
}

/** Sends the path's events to a live actor and returns the snapshot after each one. */
export async function replay(machine: AnyStateMachine, events: EventObject[], input: unknown): Promise<AnyMachineSnapshot[]> {
  const script = scriptedActors(actorNames(machine));
  const actor = createActor(machine.provide({ actors: script.actors }), { input }).start();
  const seen: AnyMachineSnapshot[] = [];
  for (const event of events) {
    if (event.type === 'xstate.init') continue;
    if (isActorAnswer(event)) script.answer(event);
    else actor.send(event);
    // Let an answered promise settle into its done/error event.
    await new Promise((resolve) => setTimeout(resolve, 0));
    seen.push(actor.getSnapshot() as AnyMachineSnapshot);
  }
  actor.stop();
  return seen;
}
