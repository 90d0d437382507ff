import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromeAvailable, courseLessons, gotoLesson, openPage, ready, startApp, stepCounter, walkLesson, type App } from './setup';

const lessons = await courseLessons();

describe.skipIf(!chromeAvailable())('the keyboard alone', () => {
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

  it.each(lessons)('does every step of "$title" with →', async ({ id, steps }) => {
    await gotoLesson(page, app, id);
    expect(await walkLesson(page, 'keyboard')).toBe(steps);
    expect(await stepCounter(page)).toEqual([steps, steps]);
    expect(errors).toEqual([]);
  });

  it('goes back with ←, and R asks before resetting (Escape keeps the place)', async () => {
    const lesson = lessons.find((l) => l.steps >= 3)!;
    await gotoLesson(page, app, lesson.id, 3);
    expect(await stepCounter(page)).toEqual([3, lesson.steps]);
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('[data-testid="step-counter"]')?.textContent?.startsWith('Step 2 of'));
    await ready(page);
    await page.keyboard.press('r');
    const dialog = page.getByRole('dialog', { name: 'Reset this lesson?' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await stepCounter(page)).toEqual([2, lesson.steps]);
    await page.keyboard.press('r');
    await dialog.getByRole('button', { name: 'Reset lesson' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="step-counter"]')?.textContent?.startsWith('Step 1 of'));
    await ready(page);
    expect(errors).toEqual([]);
  });

  it('does not take → while the learner types in a field', async () => {
    const lesson = lessons.find((l) => l.id === 'sign-up') ?? lessons[0]!;
    await gotoLesson(page, app, lesson.id, 1);
    await page.getByRole('button', { name: 'Free mode' }).click();
    const field = page.getByLabel('Username', { exact: true });
    if (await field.count()) {
      await field.focus();
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(200);
      expect(await stepCounter(page)).toEqual([1, lesson.steps]);
    }
    await page.getByRole('button', { name: 'Guided' }).click();
  });
});
