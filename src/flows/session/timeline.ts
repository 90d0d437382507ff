/**
 * One timeline of the simulation: a cloud, the active flow's actor and the one SimulatedClock both read. The session builds
 * a fresh timeline for a lesson, captures it after each step and rebuilds one from a capture to travel back.
 * (A SimulatedClock cannot go backwards, so travelling back starts a new clock at the captured instant.)
 */
import { createActor, SimulatedClock, waitFor, type AnyActorRef, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';
import { createCloud, DEFAULT_START_TIME, generateSigningKey, type Cloud, type CloudSnapshot, type SigningKeyInput } from '../../engine';
import { createCloudActors } from '../cloudActors';
import { createIdentityActors } from '../identityActors';
import type { AppTab } from './persistence';
import { getFlow } from '../registry';
import { scenarios } from '../scenarios';
import type { FlowId, GuidedAction, GuidedPlan, ScenarioId, ScenarioSetup } from '../types';

/** Calls `onChange` whenever the timeline's actor, log or outbox changes; the function returned stops that and the actor. */
export function watch(timeline: Timeline, onChange: () => void): () => void {
  const subscription = timeline.actor.subscribe({ next: onChange, error: onChange });
  const feeds = [timeline.cloud.log.subscribe(onChange), timeline.cloud.outbox.subscribe(onChange)];
  return () => {
    subscription.unsubscribe();
    for (const unsubscribe of feeds) unsubscribe();
    timeline.actor.stop();
  };
}

/** Everything "Previous step" returns to: the cloud, the flow's actor and the app's tab, as they were after a step. Kept in memory only. */
export interface HistoryEntry {
  cloud: CloudSnapshot;
  /** `actor.getPersistedSnapshot()`, always taken while the actor waits for the learner (no call in flight). */
  actor: unknown;
  appTab: AppTab;
}

export interface Timeline {
  clock: SimulatedClock;
  cloud: Cloud;
  actor: AnyActorRef;
  /** The flow's machine (as defined, before the cloud's actors are provided): what the state chart draws. */
  machine: AnyStateMachine;
  /** The flow's guided actions, loaded with its machine. */
  guided: Record<string, GuidedAction>;
  flowId: FlowId;
  setup: ScenarioSetup;
}

/** Signing keys for new pools: the ones given, else two generated once and reused (generating RSA keys is slow). */
export class KeySource {
  #keys: Promise<SigningKeyInput[]> | undefined;
  #ready: SigningKeyInput[] = [];

  /** Keys may still be on their way (the app starts generating them before the session exists); undefined ones are generated here. */
  constructor(keys?: SigningKeyInput[] | Promise<SigningKeyInput[] | undefined>) {
    if (Array.isArray(keys)) {
      this.#keys = Promise.resolve(keys);
      this.#ready = keys;
    } else if (keys) {
      this.#keys = keys.then((given) => given ?? Promise.all([generateSigningKey(), generateSigningKey()])).then((ready) => (this.#ready = ready));
    }
  }

  get(): Promise<SigningKeyInput[]> {
    this.#keys ??= Promise.all([generateSigningKey(), generateSigningKey()]).then((keys) => (this.#ready = keys));
    return this.#keys;
  }

  /** The keys at hand without waiting: a restored cloud's pools carry their own keys and need no new ones. */
  get ready(): SigningKeyInput[] {
    return this.#ready;
  }
}

async function startActor(
  flowId: FlowId,
  cloud: Cloud,
  clock: SimulatedClock,
  setup: ScenarioSetup,
  persisted?: unknown,
): Promise<{ actor: AnyActorRef; machine: AnyStateMachine; guided: Record<string, GuidedAction> }> {
  const { machine: definition, actors, guided } = await getFlow(flowId).load();
  const machine = definition.provide({ actors: { ...createCloudActors(cloud), ...createIdentityActors(cloud), ...actors?.(cloud) } });
  const actor = createActor(machine, { clock, input: { setup }, ...(persisted ? { snapshot: persisted as AnyMachineSnapshot } : {}) });
  // A snapshot the machine cannot resume from (a renamed state…) errors on start; observe it instead of letting XState rethrow it.
  let failure: unknown;
  const watch = actor.subscribe({ error: (error) => (failure = error) });
  actor.start();
  watch.unsubscribe();
  if (failure !== undefined || (actor.getSnapshot() as AnyMachineSnapshot).status === 'error') {
    throw new Error(`the ${flowId} flow could not resume from the saved state (${failure instanceof Error ? failure.message : String(failure)})`);
  }
  return { actor, machine: definition, guided };
}

/** A fresh cloud at 2026-01-15T09:00:00Z with the scenario built in it, and the flow's actor at its start. */
export async function startTimeline(flowId: FlowId, scenario: ScenarioId, keys: KeySource, seed?: string): Promise<Timeline> {
  const clock = new SimulatedClock();
  clock.set(DEFAULT_START_TIME);
  // A scenario without a pool (the story lessons) signs nothing, so it does not wait for keys.
  const cloud = await createCloud({ clock, keys: scenario === 'none' ? keys.ready : await keys.get(), ...(seed ? { seed } : {}) });
  const build = scenarios[scenario];
  if (!build) throw new Error(`Unknown scenario "${String(scenario)}".`);
  const setup = await build(cloud);
  return { clock, cloud, ...(await startActor(flowId, cloud, clock, setup)), flowId, setup };
}

/** The timeline exactly as captured: users, codes, log, outbox, clock and the actor's state. */
export async function restoreTimeline(flowId: FlowId, entry: HistoryEntry, setup: ScenarioSetup, keys: KeySource): Promise<Timeline> {
  const clock = new SimulatedClock();
  clock.set(entry.cloud.time);
  const cloud = await createCloud({ snapshot: entry.cloud, clock, keys: keys.ready });
  return { clock, cloud, ...(await startActor(flowId, cloud, clock, setup, entry.actor)), flowId, setup };
}

export function capture(timeline: Timeline, appTab: AppTab): HistoryEntry {
  return { cloud: timeline.cloud.snapshot(), actor: structuredClone(timeline.actor.getPersistedSnapshot()), appTab };
}

export function snapshotOf(timeline: Timeline): AnyMachineSnapshot {
  return timeline.actor.getSnapshot() as AnyMachineSnapshot;
}

/** Resolves once no cloud call is in flight (the actor left every state tagged 'busy'). */
export async function settle(timeline: Timeline): Promise<void> {
  await waitFor(timeline.actor, (snapshot: AnyMachineSnapshot) => !snapshot.hasTag('busy') || snapshot.status !== 'active');
}

/** Moves the clock, then sends each event and lets its cloud call finish before the next. Returns what was typed. */
export async function runPlan(timeline: Timeline, plan: GuidedPlan): Promise<Record<string, string> | undefined> {
  if (plan.clockAdvanceMs) timeline.clock.increment(plan.clockAdvanceMs);
  let typed: Record<string, string> | undefined;
  for (const event of plan.events) {
    if (isFormChange(event)) typed = { ...typed, [event.field]: event.value };
    timeline.actor.send(event);
    await settle(timeline);
  }
  return typed;
}

export interface ActionOutcome {
  appTab?: AppTab;
  lastAction?: { id: string; label: string; typed?: Record<string, string> };
  notice?: string;
}

/** Plans and runs one guided action of the timeline's flow; a plan that cannot be made becomes a notice, not an exception. */
export async function performAction(timeline: Timeline, id: string, step: { message?: string; label?: string; cast?: string }): Promise<ActionOutcome> {
  const action = timeline.guided[id];
  if (!action) return { notice: `This step asks for "${id}", which the ${timeline.flowId} flow cannot do.` };
  try {
    const plan = action.plan({ outbox: timeline.cloud.outbox.entries, snapshot: snapshotOf(timeline), setup: timeline.setup, step });
    const typed = await runPlan(timeline, plan);
    return { ...(plan.appTab ? { appTab: plan.appTab } : {}), lastAction: { id, label: action.label, ...(typed ? { typed } : {}) } };
  } catch (error) {
    return { notice: `The step "${action.label}" could not be performed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The event types the action would send now, planned without sending anything; undefined when it has no plan here and now. */
export function plannedEventTypes(timeline: Timeline, id: string): string[] | undefined {
  const action = timeline.guided[id];
  try {
    return action?.plan({ outbox: timeline.cloud.outbox.entries, snapshot: snapshotOf(timeline), setup: timeline.setup }).events.map((e) => e.type);
  } catch {
    return undefined;
  }
}

function isFormChange(event: EventObject): event is EventObject & { field: string; value: string } {
  return event.type === 'form.change' && typeof (event as { field?: unknown }).field === 'string';
}
