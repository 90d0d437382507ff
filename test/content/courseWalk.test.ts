import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/content/load';
import { createSession } from '../../src/flows/session';
import type { FlowId, ScenarioId } from '../../src/flows/types';
import { FIXTURE_KEYS } from '../support/cloud';
import { lessonFiles } from '../support/lessons';

const course = loadCourse(lessonFiles());

/** Every real lesson, walked step by step through the session against a real simulated cloud. */
describe.each(course.lessons.map((l) => [l.id, l] as const))('lesson %s', (_id, lesson) => {
  it('lands in the state each step attaches its text to, with no surprise error', async () => {
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
      const view = session.getView();
      const step = lesson.steps[i]!;
      expect(view.stepIndex, step.title).toBe(i);
      expect(view.notice, `${step.title}: ${view.notice}`).toBeUndefined();
      if (step.state)
        expect(
          view.snapshot.matches(step.state as never),
          `${lesson.file} step "${step.title}" expects ${step.state}, got ${JSON.stringify(view.snapshot.value)}`,
        ).toBe(true);
    }
    session.dispose();
  });
});
