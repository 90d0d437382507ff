import { getAdjacencyMap, getShortestPaths, getStateNodes } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor, type AnyMachineSnapshot, type AnyStateMachine, type AnyTransitionDefinition, type EventObject } from 'xstate';
import { FLOW_IDS } from '../../src/flows/registry';
import { graphModels, type GraphModel } from './graphModels';
import { replay } from './replay';

const input = { setup: { userPoolId: 'us-east-1_pool', clientId: 'client', username: 'abc.xyz@gmail.com', password: '#Abc1234' } };
/** The unconfirmedUser scenario: the sign-up flow opens on the code screen. */
const pendingInput = { setup: { ...input.setup, pendingConfirmation: true } };
type Input = typeof input;

/** Each machine is walked from every start a scenario can give it. */
const inputsFor = (flowId: string): Input[] =>
  (graphModels[flowId as keyof typeof graphModels].inputs as Input[] | undefined) ?? (flowId === 'signUp' ? [input, pendingInput] : [input]);

function traversal(model: GraphModel, start: Input) {
  return { events: model.events as never, serializeState: model.serialize as never, input: start };
}

/** A state left at once by an eventless (`always`) transition: passed through, never rested in. */
function isTransient(node: { always?: unknown[]; transitions: Map<string, unknown> }): boolean {
  return (node.always?.length ?? 0) > 0 && node.transitions.size === 0;
}

/** Every transition a machine defines, by a readable key. */
function allTransitions(machine: AnyStateMachine): Map<AnyTransitionDefinition, string> {
  const all = new Map<AnyTransitionDefinition, string>();
  for (const node of getStateNodes(machine.root)) {
    for (const [eventType, definitions] of node.transitions) {
      definitions.forEach((definition, i) => {
        all.set(
          definition,
          `${node.id} --${eventType}${definitions.length > 1 ? `#${i}` : ''}--> ${(definition.target ?? []).map((t) => t.id).join(',') || '(stay)'}`,
        );
      });
    }
  }
  return all;
}

/** Each edge of the state graph: a state, an event the machine takes there, and where it leads. */
function edgesOf(model: GraphModel, start: Input) {
  const adjacency = getAdjacencyMap(model.machine, traversal(model, start));
  const edges: { from: AnyMachineSnapshot; event: EventObject; to: AnyMachineSnapshot; taken: AnyTransitionDefinition[]; input: Input }[] = [];
  for (const { state, transitions } of Object.values(adjacency)) {
    for (const { event, state: to } of Object.values(transitions) as { event: EventObject; state: AnyMachineSnapshot }[]) {
      const taken = model.machine.getTransitionData(state as never, event as never) as AnyTransitionDefinition[];
      if (taken.length > 0) edges.push({ from: state as AnyMachineSnapshot, event: event as EventObject, to: to as AnyMachineSnapshot, taken, input: start });
    }
  }
  return edges;
}

describe.each(FLOW_IDS)('the %s flow, along every path @xstate/graph generates', (flowId) => {
  const model = graphModels[flowId];
  const starts = inputsFor(flowId);
  const shortest = starts.flatMap((start) => getShortestPaths(model.machine, traversal(model, start)).map((path) => ({ ...path, input: start })));
  const edges = starts.flatMap((start) => edgesOf(model, start));

  it('gives every state a description and the app screen it shows', () => {
    for (const node of getStateNodes(model.machine.root)) {
      expect(node.description, node.id).toBeTruthy();
      expect((node.meta as { screen?: string } | undefined)?.screen, node.id).toBeTruthy();
    }
  });

  it('reaches every state', () => {
    const reached = new Set<string>();
    for (const path of shortest) {
      for (const node of getStateNodes(model.machine.root)) if (path.state.matches(node.path.join('.') as never)) reached.add(node.id);
    }
    const all = getStateNodes(model.machine.root)
      .filter((n) => !isTransient(n))
      .map((n) => n.id);
    expect(all.filter((id) => !reached.has(id))).toEqual([]);
  });

  it('takes every eventless branch of a transient state from some start', () => {
    for (const node of getStateNodes(model.machine.root).filter(isTransient)) {
      for (const branch of node.always ?? []) {
        const target = (branch.target ?? [])[0]!;
        const taken = starts.some((start) =>
          createActor(model.machine, { input: start })
            .getSnapshot()
            .matches(target.path.join('.') as never),
        );
        expect(taken, `${node.id} → ${target.id}`).toBe(true);
      }
    }
  });

  it('takes every transition', () => {
    const all = allTransitions(model.machine);
    for (const edge of edges) for (const t of edge.taken) all.delete(t);
    expect([...all.values()]).toEqual([]);
  });

  it('never reaches an error status, and every state names its screen', () => {
    for (const edge of edges) {
      expect(edge.to.status).not.toBe('error');
      const screens = Object.values(edge.to.getMeta() as Record<string, { screen?: string }>).map((m) => m.screen);
      expect(screens.every(Boolean)).toBe(true);
    }
  });

  it('runs each shortest path on a live actor and lands where the graph says', async () => {
    for (const path of shortest) {
      const events = path.steps.map((s) => s.event);
      const seen = await replay(model.machine, events, path.input);
      expect(seen.map((s) => model.serialize(s))).toEqual(path.steps.slice(1).map((s) => model.serialize(s.state)));
    }
  });

  // Hundreds of replays for the larger flows: seconds on an idle machine, more on a loaded one.
  it('runs every transition on a live actor (shortest path to its state, then its event)', async () => {
    const key = (start: Input, state: AnyMachineSnapshot) => `${starts.indexOf(start)}:${model.serialize(state)}`;
    const pathTo = new Map(shortest.map((p) => [key(p.input, p.state), p.steps.map((s) => s.event)]));
    for (const edge of edges) {
      const prefix = pathTo.get(key(edge.input, edge.from));
      expect(prefix, `a path to ${model.serialize(edge.from)}`).toBeDefined();
      const seen = await replay(model.machine, [...prefix!, edge.event], edge.input);
      expect(model.serialize(seen[seen.length - 1]!), `${model.serialize(edge.from)} + ${edge.event.type}`).toBe(model.serialize(edge.to));
    }
  }, 90_000);
});
