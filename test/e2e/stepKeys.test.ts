import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atStep, chromeAvailable, courseLessons, gotoLesson, openPage, ready, startApp, stepCounter, type App } from './setup';

const lessons = await courseLessons();

/** The keys presentation clickers send (issue 9 §7), and moving on to the next lesson (§2). */
describe.skipIf(!chromeAvailable())('the step keys', () => {
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

  it('PageDown and Space step on, PageUp steps back', async () => {
    const lesson = lessons.find((l) => l.steps >= 4)!;
    await gotoLesson(page, app, lesson.id, 1);
    await page.locator('main').focus();
    await page.keyboard.press('PageDown');
    await atStep(page, 2);
    await page.keyboard.press('Space');
    await atStep(page, 3);
    await page.keyboard.press('PageUp');
    await atStep(page, 2);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
  });

  it('leaves Space to a focused button or tab, and every key to a field being typed in', async () => {
    const lesson = lessons.find((l) => l.id === 'sign-up')!;
    await gotoLesson(page, app, lesson.id, 2);
    await page.getByRole('tab', { name: 'Requests' }).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(300);
    expect(await stepCounter(page)).toEqual([2, lesson.steps]);
    await page.getByRole('button', { name: 'Large text' }).focus();
    await page.keyboard.press('Space'); // presses it
    await page.waitForTimeout(300);
    expect(await page.getByRole('button', { name: 'Large text' }).getAttribute('aria-pressed')).toBe('true');
    expect(await stepCounter(page)).toEqual([2, lesson.steps]);
    await page.keyboard.press('Space'); // and back
    await page.getByRole('button', { name: 'Free mode' }).click();
    const field = page.getByLabel('Username', { exact: true });
    await field.focus();
    for (const key of ['Space', 'PageDown', 'PageUp']) await page.keyboard.press(key);
    await page.waitForTimeout(300);
    expect(await stepCounter(page)).toEqual([2, lesson.steps]);
    await page.getByRole('button', { name: 'Guided' }).click();
    expect(errors).toEqual([]);
  });

  it('offers "Next lesson →" on the last step, and → opens the next lesson there', async () => {
    const [one, two, three] = lessons;
    await gotoLesson(page, app, one!.id, one!.steps);
    await page.getByRole('button', { name: 'Next lesson' }).click();
    await ready(page, two!.id, 1);
    expect(await stepCounter(page)).toEqual([1, two!.steps]);
    await gotoLesson(page, app, two!.id, two!.steps);
    expect(await page.getByRole('button', { name: 'Next step', exact: true }).count()).toBe(0);
    await page.locator('main').focus();
    await page.keyboard.press('ArrowRight');
    await ready(page, three!.id, 1);
    expect(new URL(page.url()).hash).toBe(`#/${three!.id}/1`);
    const last = lessons.at(-1)!;
    await gotoLesson(page, app, last.id, last.steps);
    expect(await page.getByRole('button', { name: 'Next lesson' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Next step', exact: true }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
  });
});
