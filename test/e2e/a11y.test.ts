import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromeAvailable, courseLessons, gotoLesson, openPage, ready, seriousViolations, startApp, type App } from './setup';

const lessons = await courseLessons();
const INSPECTORS = ['Sequence', 'State chart', 'Tokens', 'Requests', 'Users'];

/** axe-core finds no serious or critical violation: on every lesson, every inspector, the inbox, the dialog, a phone. */
describe.skipIf(!chromeAvailable())('accessibility (axe-core)', () => {
  let app: App;
  let page: Page;
  beforeAll(async () => {
    app = await startApp();
    ({ page } = await openPage(app, ''));
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(lessons)(
    '"$title" at its last step',
    async ({ id, steps }) => {
      await gotoLesson(page, app, id, steps);
      // A step that opens the Sequence or State chart tab waits for its diagram; one that opens another tab has none.
      await page.locator('.diagram[data-ready="true"], .inspectors [role="tabpanel"]:visible:not(:has(.diagram))').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    },
    60_000,
  );

  it('every inspector tab and the inbox of a signed-in lesson', async () => {
    const lesson = lessons.find((l) => l.id === 'inside-the-tokens') ?? lessons.at(-1)!;
    await gotoLesson(page, app, lesson.id, 2);
    for (const name of INSPECTORS) {
      await page.getByRole('tab', { name, exact: true }).click();
      if (name === 'Sequence' || name === 'State chart') await page.locator('.inspectors .diagram[data-ready="true"]').waitFor();
      if (name === 'Tokens') await page.locator('[data-verdict]').first().waitFor();
      expect(await seriousViolations(page), name).toEqual([]);
    }
    await page.getByRole('tab', { name: /^Inbox/ }).click();
    expect(await seriousViolations(page), 'Inbox').toEqual([]);
    await page.getByRole('button', { name: 'Free mode' }).click();
    expect(await seriousViolations(page), 'free mode').toEqual([]);
    await page.getByRole('button', { name: 'Guided' }).click();
  });

  it('the reset dialog and the not-found page', async () => {
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    expect(await seriousViolations(page), 'dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await page.goto(`${app.url}#/no-such-lesson`);
    await page.getByRole('heading', { name: 'Lesson not found' }).waitFor();
    expect(await seriousViolations(page), 'not found').toEqual([]);
  });

  it('a lesson on a 390 px phone', async () => {
    const small = await openPage(app, `#/${lessons[3]?.id ?? lessons[0]!.id}/2`, { viewport: { width: 390, height: 844 } });
    await ready(small.page);
    expect(await seriousViolations(small.page)).toEqual([]);
    await small.page.context().close();
  });
});
