/**
 * Every path @xstate/graph generates for the identity flows, run against a real cloud: the learner's events of each
 * shortest path (typing the scenario's real username and password), with the real actors answering. Whatever the cloud
 * answers, the machine never errors or hangs, every state names its screen, and every error it shows is AWS's.
 */
import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { screenOf } from '../../../src/flows/machineKit';
import type { FlowId, ScenarioId } from '../../../src/flows/types';
import { graphModels, isActorAnswer } from '../graphModels';
import { wire } from '../support';

/** Each path's learner events, without repeats. */
function learnerPaths(flowId: FlowId): EventObject[][] {
  const model = graphModels[flowId];
  const paths = getShortestPaths(model.machine, { events: model.events as never, serializeState: model.serialize as never, input: { setup: {} } } as never);
  const unique = new Map<string, EventObject[]>();
  for (const path of paths) {
    const events = path.steps.map((s) => s.event as EventObject).filter((e) => e.type !== 'xstate.init' && !isActorAnswer(e));
    unique.set(events.map((e) => e.type).join(','), events);
  }
  return [...unique.values()];
}

const CASES: [FlowId, ScenarioId][] = [
  ['credentials', 'threeSteps'],
  ['credentials', 'signedInElsewhere'],
  ['credentials', 'guestSignsUp'],
  ['classicFlow', 'classicPool'],
];

describe.each(CASES)('the %s flow from %s, along every generated path, against a real cloud', (flowId, scenario) => {
  const paths = learnerPaths(flowId);

  it('has paths to walk', () => {
    expect(paths.length).toBeGreaterThan(5);
  });

  it('never errors, never hangs, shows a screen in every state and only AWS’s errors', async () => {
    const seenStates = new Set<string>();
    for (const events of paths) {
      const w = await wire(graphModels[flowId].machine, scenario);
      const check = (s: AnyMachineSnapshot, after: string) => {
        expect(s.status, after).toBe('active');
        expect(s.hasTag('busy'), after).toBe(false);
        expect(screenOf(s), after).toBeTruthy();
        const error = (s.context as { error?: { code: string; message: string } }).error;
        if (error) {
          expect(error.code, after).toMatch(/^[A-Z]\w+$/);
          expect(error.code, after).not.toBe('NotProvided');
          expect(error.message, after).toBeTruthy();
        }
        seenStates.add(JSON.stringify(s.value));
      };
      const done: string[] = [];
      for (const event of events) {
        done.push(event.type);
        const s = event.type === 'form.change' ? await w.type({ username: w.setup.username ?? '', password: w.setup.password ?? '' }) : await w.send(event);
        check(s, done.join(' → '));
      }
      w.actor.stop();
    }
    expect(seenStates.size).toBeGreaterThan(3);
  }, 60_000);
});
