import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/content/load';
import { createSession } from '../../src/flows/session';
import type { FlowId, ScenarioId } from '../../src/flows/types';
import { findRequestFocus, pointsInto, tokenFocus } from '../../src/ui/inspectors/focus/stepFocus';
import { decodeJwt } from '../../src/ui/inspectors/tokens/decode';
import { lastIssuedTokens, type TokenSet } from '../../src/ui/inspectors/tokens/TokensPanel';
import { checkLesson } from '../../src/ui/shell/checkLesson';
import { FIXTURE_KEYS } from '../support/cloud';
import { lessonFiles } from '../support/lessons';

const course = loadCourse(lessonFiles());
const pointing = course.lessons.filter((l) => l.steps.some((s) => s.focus));
const TOKEN_FIELD = { id: 'IdToken', access: 'AccessToken', refresh: 'RefreshToken' } as const;

/** Every lesson step with a focus=, walked through a real session: the field it points at is there at that step. */
describe.each(pointing.map((l) => [l.id, l] as const))('the focus= steps of %s', (_id, lesson) => {
  it('name tabs the lesson has', () => {
    expect(checkLesson(lesson)).toEqual([]);
  });

  it('point at fields that exist in that step’s requests or tokens', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS });
    await session.openLesson({
      lessonId: lesson.id,
      flow: lesson.flow as FlowId,
      scenario: lesson.scenario as ScenarioId,
      steps: lesson.steps.map(({ action, message, label }) => ({
        ...(action ? { action } : {}),
        ...(message ? { message } : {}),
        ...(label ? { label } : {}),
      })),
    });
    for (let i = 0; i < lesson.steps.length; i++) {
      if (i > 0) await session.next();
      const focus = lesson.steps[i]!.focus;
      if (!focus?.path.length) continue;
      const view = session.getView();
      const where = `${lesson.file} step ${i + 1} ("${lesson.steps[i]!.title}") focus ${focus.tab}:${focus.path.join('.')}`;
      const entries = view.log.slice(view.logStart);
      if (pointsInto(focus, 'requests')) {
        const from = (i > 0 ? (view.stepLogMarks[i - 1] ?? view.logStart) : view.logStart) - view.logStart;
        expect(findRequestFocus(entries, Math.max(0, from), focus.path), where).toBeDefined();
      } else {
        const target = tokenFocus(focus.path)!;
        const tokens = (view.snapshot.context as { tokens?: TokenSet }).tokens ?? lastIssuedTokens(entries);
        const token = tokens?.[TOKEN_FIELD[target.token]];
        expect(token, where).toBeDefined();
        if (target.claim) {
          const decoded = decodeJwt(token!);
          expect({ ...decoded.header, ...decoded.payload }, where).toHaveProperty([target.claim]);
        }
      }
    }
    session.dispose();
  });
});
