import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atStep, chromeAvailable, courseLessons, gotoLesson, openPage, startApp, stepCounter, walkLesson, type App } from './setup';

const lessons = await courseLessons();

/** The two navigation bugs of issue 9 §1, in real Chromium. */
describe.skipIf(!chromeAvailable())('navigation', () => {
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

  it('follows a step link again after ← has moved away from it', async () => {
    const lesson = lessons.find((l) => l.steps >= 4)!;
    await gotoLesson(page, app, lesson.id, 1);
    const link = page.locator('.step').nth(3).getByRole('link').first();
    await link.click();
    await atStep(page, 4);
    await page.keyboard.press('ArrowLeft');
    await atStep(page, 3);
    await page.keyboard.press('ArrowLeft');
    await atStep(page, 2);
    expect(new URL(page.url()).hash).toBe(`#/${lesson.id}/2`);
    await link.click();
    await atStep(page, 4);
    expect(await stepCounter(page)).toEqual([4, lesson.steps]);
    expect(errors).toEqual([]);
  });

  it('follows a typed address already used, after Reset', async () => {
    const lesson = lessons.find((l) => l.steps >= 3)!;
    await gotoLesson(page, app, lesson.id, 3);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await page.getByRole('dialog', { name: 'Reset this lesson?' }).getByRole('button', { name: 'Reset lesson' }).click();
    await atStep(page, 1);
    await gotoLesson(page, app, lesson.id, 3);
    expect(await stepCounter(page)).toEqual([3, lesson.steps]);
    expect(errors).toEqual([]);
  });

  it.each(lessons)('never scrolls the window at 1280×800 walking $id', async ({ id, steps }) => {
    await gotoLesson(page, app, id, 1);
    const scrolls: number[] = [];
    expect(
      await walkLesson(page, 'click', async () => {
        await page.waitForTimeout(150); // the reader scrolls its step into view after 60 ms, smoothly
        scrolls.push(await page.evaluate(() => window.scrollY + document.scrollingElement!.scrollTop));
      }),
    ).toBe(steps);
    expect(scrolls.filter((y) => y !== 0)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(800);
  });
});
