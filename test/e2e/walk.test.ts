import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromeAvailable, courseLessons, gotoLesson, flowState, openPage, startApp, stepCounter, walkLesson, type App } from './setup';

const lessons = await courseLessons();

/** Every lesson, first step to last, with only what a learner sees: "Next step" (and the quizzes on the way). */
describe.skipIf(!chromeAvailable())('walking every lesson with "Next step"', () => {
  let app: App;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    app = await startApp();
    ({ page, errors } = await openPage(app, ''));
  });
  afterAll(async () => {
    await app?.close();
  });

  it('has lessons to walk', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  it.each(lessons)('walks "$title" to its last step, each step in the flow state its text is about', async ({ id, steps, states }) => {
    await gotoLesson(page, app, id);
    expect(await stepCounter(page)).toEqual([1, steps]);
    const mismatches: string[] = [];
    const walked = await walkLesson(page, 'click', async (step) => {
      const expected = states[step - 1];
      const actual = await flowState(page);
      if (expected && actual !== expected && !actual?.startsWith(`${expected}.`))
        mismatches.push(`step ${step}: expected ${expected}, the app is in ${actual}`);
    });
    expect(walked).toBe(steps);
    expect(mismatches).toEqual([]);
    expect(await stepCounter(page)).toEqual([steps, steps]);
    // The last step: "Next step" gives way to "Next lesson →" where there is a next lesson.
    const last = lessons.indexOf(lessons.find((l) => l.id === id)!) === lessons.length - 1;
    if (last) expect(await page.getByRole('button', { name: 'Next step', exact: true }).isDisabled()).toBe(true);
    else expect(await page.getByRole('button', { name: 'Next lesson' }).isEnabled()).toBe(true);
    // A step's focus may have picked the open tab, which the address then names.
    expect(page.url()).toMatch(new RegExp(`#/${id}/${steps}(\\?tab=\\w+)?$`));
    // A guided step that failed would show the session's notice.
    expect(await page.locator('.notice').allTextContents()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
