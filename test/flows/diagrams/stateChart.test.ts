import { getStateNodes } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { EVENT_WORDS } from '../../../src/flows/diagrams/plainWords';
import { activeLeaves, chartId, stateChart, transitionLabel } from '../../../src/flows/diagrams/stateChart';
import { parseStoryMessage, storyDiagram } from '../../../src/flows/diagrams/story';
import { flows, FLOW_IDS } from '../../../src/flows/registry';
import { signInMachine } from '../../../src/flows/signIn/machine';
import type { AuthResponse } from '../../../src/flows/wire';
import { tick } from '../support';

describe('stateChart', () => {
  it.each(FLOW_IDS)('names every state of the %s machine, walked from its own definition', async (id) => {
    const machine = (await flows[id].load()).machine;
    const chart = stateChart(machine);
    expect(chart.startsWith('stateDiagram-v2\n')).toBe(true);
    for (const node of getStateNodes(machine.root)) expect(chart).toContain(`state "${node.key}" as ${chartId(node)}`);
    expect(chart).toContain(`[*] --> ${chartId(machine.root.initial.target[0]!)}`);
  });

  it('draws transitions with their event, invoke results and guards', () => {
    const chart = stateChart(signInMachine);
    expect(chart).toContain('  editing --> signingIn: form.submit');
    expect(chart).toContain('  signingIn --> newPasswordRequired: initiateAuth done [isNewPasswordRequired]');
    expect(chart).toContain('  signingIn --> signInFailed: initiateAuth failed');
    expect(chart).toContain('  signInFailed --> allowingPasswordAuth: client.allowPasswordAuth [isFlowNotEnabled]');
    expect(chart).toContain('    signedIn_loadingProfile --> signedIn_profileShown: getUser done');
    // A composite state's own events are drawn from each child waiting for input.
    expect(chart).toContain('    signedIn_profileShown --> signedIn_refreshing: tokens.refresh');
    expect(chart).toContain('  forgotPassword --> editing: forgot.cancel');
    expect(transitionLabel('xstate.error.actor.signUp')).toBe('signUp failed');
  });

  it('highlights the current state with a classDef', async () => {
    const machine = signInMachine.provide({
      actors: { initiateAuth: fromPromise(async (): Promise<AuthResponse> => ({ AuthenticationResult: { IdToken: 'i', AccessToken: 'a' } })) },
    });
    const actor = createActor(machine, { input: { setup: {} } }).start();
    actor.send({ type: 'form.submit' });
    await tick();
    const chart = stateChart(signInMachine, actor.getSnapshot());
    expect(activeLeaves(actor.getSnapshot())).toEqual(['signedIn_idle']);
    expect(chart).toContain('  classDef current fill:#ffdd57,stroke:#8a6d00,stroke-width:3px,color:#000');
    expect(chart.endsWith('\n  class signedIn_idle current')).toBe(true);
    expect(stateChart(signInMachine)).not.toMatch(/\n {2}class /);
  });
});

describe('storyDiagram', () => {
  it('draws the story so far with its participants in order of appearance, the newest message highlighted', () => {
    const { mermaid, transcript } = storyDiagram([
      { message: 'Moviegoer->>Ticket site: pays and proves who they are', label: 'authentication' },
      { message: 'Ticket site-->>Moviegoer: a ticket for screen 3' },
      { message: 'Usher->>Moviegoer: checks the ticket: screen 3; row "F"', label: 'authorization' },
    ]);
    expect(mermaid).toBe(
      [
        'sequenceDiagram',
        '  participant Moviegoer',
        '  participant Ticket site',
        '  participant Usher',
        '  Moviegoer->>Ticket site: pays and proves who they are (authentication)',
        '  Ticket site-->>Moviegoer: a ticket for screen 3',
        '  rect rgba(255, 221, 87, 0.25)',
        '  Usher->>Moviegoer: checks the ticket#58; screen 3#59; row #quot;F#quot; (authorization)',
        '  end',
      ].join('\n'),
    );
    expect(transcript.map((t) => [t.text, t.label, t.current])).toEqual([
      ['Moviegoer → Ticket site: pays and proves who they are', 'authentication', false],
      ['Ticket site → Moviegoer: a ticket for screen 3', undefined, false],
      ['Usher → Moviegoer: checks the ticket: screen 3; row "F"', 'authorization', true],
    ]);
  });

  it('shows a message that is not `A->>B: text` as a note, and an empty story as one participant', () => {
    expect(parseStoryMessage('just words')).toBeUndefined();
    expect(storyDiagram([{ message: 'just words' }]).mermaid).toBe(
      'sequenceDiagram\n  participant Story\n  rect rgba(255, 221, 87, 0.25)\n  Note over Story: just words\n  end',
    );
    expect(storyDiagram([]).mermaid).toBe('sequenceDiagram\n  participant Story');
  });
});

describe('stateChart for a lesson, in plain words', () => {
  it('draws only the states named, their ancestors and children, and the calls in flight between them', () => {
    const chart = stateChart(signInMachine, undefined, { plain: true, only: new Set(['editing', 'signedIn.profileShown']) });
    expect(chart).toContain('state "editing" as editing');
    expect(chart).toContain('state "signing in" as signingIn');
    expect(chart).toContain('state "profile shown" as signedIn_profileShown');
    expect(chart).not.toContain('newPasswordRequired');
    expect(chart).not.toContain('forgotPassword');
    expect(chart).toContain('  editing --> signingIn: submit the form');
    // signInFailed is no state the lesson names, so the refusal is not drawn.
    expect(chart).not.toContain('signInFailed');
  });

  it('says who does what and how a call ended, with guards as conditions', () => {
    expect(transitionLabel('form.submit', undefined, true)).toBe('submit the form');
    expect(transitionLabel('xstate.done.actor.initiateAuth', 'isNewPasswordRequired', true)).toBe('InitiateAuth answered: new password required');
    expect(transitionLabel('xstate.error.actor.signUp', undefined, true)).toBe('SignUp refused');
    expect(transitionLabel('some.newEvent', undefined, true)).toBe('some new event');
  });

  it.each(FLOW_IDS)('has words of its own for every event the %s machine takes', async (id) => {
    const events = getStateNodes((await flows[id].load()).machine.root).flatMap((node) => [...node.transitions.keys()]);
    const missing = events.filter((type) => !type.startsWith('xstate.') && !(type in EVENT_WORDS));
    expect(missing).toEqual([]);
  });
});

describe('lesson charts Mermaid can lay out', () => {
  it('draw every composite state with the state it starts in, for every lesson’s states', async () => {
    const { loadCourse } = await import('../../../src/content/load');
    const { lessonFiles } = await import('../../support/lessons');
    const course = loadCourse(lessonFiles('../../lessons/'));
    let checked = 0;
    for (const lesson of course.lessons) {
      if (!(FLOW_IDS as readonly string[]).includes(lesson.flow)) continue;
      const only = new Set(lesson.steps.flatMap((s) => (s.state ? [s.state] : [])));
      const text = stateChart((await flows[lesson.flow as (typeof FLOW_IDS)[number]].load()).machine, undefined, { plain: true, only });
      // Mermaid cannot lay out edges among a composite's children without its initial state ("No such shape: roundedWithTitle").
      const lines = text.split('\n');
      lines.forEach((line, i) => {
        if (!line.trimEnd().endsWith('{')) return;
        expect(lines[i + 1]?.trim(), `${lesson.file}: ${line.trim()}`).toMatch(/^\[\*\] --> /);
      });
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
