import { describe, expect, it } from 'vitest';
import { flows, FLOW_IDS } from '../../src/flows/registry';
import { createSession } from '../../src/flows/session';
import { ARTICLE_USER } from '../../src/flows/types';
import { FIXTURE_KEYS } from '../support/cloud';
import { CONTRACT_ACTION_IDS, guidedLessons } from './lessons';

describe('guided actions', () => {
  it('each flow offers exactly the contract ids: the common ones plus its own', () => {
    for (const id of FLOW_IDS) {
      expect(Object.keys(flows[id].labels).sort()).toEqual([...CONTRACT_ACTION_IDS.common, ...CONTRACT_ACTION_IDS[id]].sort());
      for (const label of Object.values(flows[id].labels)) expect(label).toBeTruthy();
    }
  });

  it.each(FLOW_IDS)('the %s flow loads a plan for each label the page has, under the same label, and no other', async (id) => {
    const { guided } = await flows[id].load();
    expect(Object.fromEntries(Object.entries(guided).map(([action, { label }]) => [action, label]))).toEqual(flows[id].labels);
  });

  it('the lesson scripts below use every guided action id of every flow', () => {
    for (const id of FLOW_IDS) {
      const used = new Set(guidedLessons.filter((l) => l.script.flow === id).flatMap((l) => l.script.steps.map((s) => s.action)));
      expect(Object.keys(flows[id].labels).filter((a) => !used.has(a) && !CONTRACT_ACTION_IDS.common.includes(a as never))).toEqual([]);
    }
    const usedCommon = new Set(guidedLessons.flatMap((l) => l.script.steps.map((s) => s.action)));
    expect(CONTRACT_ACTION_IDS.common.filter((a) => !usedCommon.has(a))).toEqual([]);
  });

  describe.each(guidedLessons)('lesson $script.lessonId ($script.flow from $script.scenario) against a real cloud', ({ script, expected }) => {
    it('reaches the expected state after every step', async () => {
      const session = await createSession({ keys: FIXTURE_KEYS });
      await session.openLesson(script, 0);
      for (let i = 0; i < expected.length; i++) {
        if (i > 0) await session.next();
        const view = session.getView();
        const step = expected[i]!;
        const where = `step ${i} (${step.action ?? 'intro'})`;
        expect(view.notice, where).toBeUndefined();
        expect(view.stepIndex, where).toBe(i);
        expect(view.snapshot.matches(step.state), `${where}: ${JSON.stringify(view.snapshot.value)}`).toBe(true);
        expect(view.snapshot.context.error?.code, where).toBe(step.error);
        if (step.appTab) expect(view.appTab, where).toBe(step.appTab);
        if (step.action && !step.action.startsWith('clock.')) expect(view.lastAction?.id, where).toBe(step.action);
      }
      expect(session.getView().busy).toBe(false);
    });
  });

  it('shows what signUp.submit typed, for the UI to replay', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    await session.openLesson(guidedLessons[0]!.script, 2);
    expect(session.getView().lastAction).toEqual({
      id: 'signUp.submit',
      label: `Sign up as ${ARTICLE_USER.username}`,
      typed: { username: ARTICLE_USER.username, password: ARTICLE_USER.password, email: ARTICLE_USER.email },
    });
  });

  it('moves the shared clock for clock.* actions', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    await session.openLesson(guidedLessons[0]!.script, 6);
    const before = session.getView().now;
    await session.next();
    expect(session.getView().now - before).toBe(5 * 60_000);
    expect(new Date(before).toISOString()).toBe('2026-01-15T09:00:00.000Z');
  });

  it('tells the story message the step carries', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    await session.openLesson(guidedLessons[5]!.script, 2);
    expect(session.getView().snapshot.context.messages).toEqual([
      { message: 'Moviegoer->>Ticket site: pays and proves who they are', label: 'authentication' },
      { message: 'Usher->>Moviegoer: checks the ticket: may you enter screen 3?', label: 'authorization' },
    ]);
    expect(session.getView().log).toEqual([]);
  });

  it('explains, without throwing, a step it cannot perform', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    await session.openLesson(
      { lessonId: 'odd', flow: 'signUp', scenario: 'emptyPool', steps: [{}, { action: 'confirm.submit' }, { action: 'profile.get' }] },
      1,
    );
    expect(session.getView().notice).toBe(
      `The step "Type the emailed code and confirm" could not be performed: No code has been sent to ${ARTICLE_USER.username} yet, so there is nothing to type.`,
    );
    await session.next();
    expect(session.getView().notice).toBe('This step asks for "profile.get", which the signUp flow cannot do.');
    expect(session.getView().stepIndex).toBe(2);
  });
});
