import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromeAvailable, courseLessons, gotoLesson, openPage, ready, startApp, stepCounter, type App } from './setup';

const lessons = await courseLessons();
const first = lessons[0]!;
const tokens = lessons.find((l) => l.id === 'inside-the-tokens')!;
const hashOf = (page: Page) => decodeURIComponent(new URL(page.url()).hash);

/** Links that pick the inspector tab, and "New class" (issue 9 §5). */
describe.skipIf(!chromeAvailable())('the classroom', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens the tab an address names, keeps it in the address, and ignores an unknown one', async () => {
    // Steps 10, 11, 1 and 8 point at no field, so no step's focus picks the tab here.
    const { page, errors } = await openPage(app, `#/${tokens.id}/10?tab=tokens`);
    await ready(page, tokens.id, 10);
    expect(await page.getByRole('tab', { name: 'Tokens' }).getAttribute('aria-selected')).toBe('true');
    expect(hashOf(page)).toBe(`#/${tokens.id}/10?tab=tokens`);
    await page.getByRole('button', { name: 'Next step', exact: true }).click();
    await ready(page, tokens.id, 11);
    expect(hashOf(page)).toBe(`#/${tokens.id}/11?tab=tokens`);
    await page.getByRole('tab', { name: 'Requests' }).click();
    await page.waitForFunction(() => location.hash.endsWith('?tab=requests'));
    expect(hashOf(page)).toBe(`#/${tokens.id}/11?tab=requests`);
    // A step link drops the tab; the address says it again.
    await page.locator('.step').nth(0).getByRole('link').first().click();
    await ready(page, tokens.id, 1);
    await page.waitForFunction(() => location.hash.endsWith('/1?tab=requests'));
    expect(await page.getByRole('tab', { name: 'Requests' }).getAttribute('aria-selected')).toBe('true');
    await gotoLesson(page, app, tokens.id, 8);
    await page.goto(`${app.url}#/${tokens.id}/8?tab=nonsense`);
    await ready(page, tokens.id, 8);
    // Ignored: the open tab stays, and the address says so again.
    await page.waitForFunction(() => location.hash.endsWith('/8?tab=requests'));
    expect(await page.getByRole('tab', { name: 'Requests' }).getAttribute('aria-selected')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('"New class" asks, then forgets every lesson and opens the first at step 1', async () => {
    const { page, errors } = await openPage(app, `#/${tokens.id}/4`);
    await ready(page, tokens.id, 4);
    await page.getByRole('button', { name: 'Free mode' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a new class?' });
    await page.getByRole('button', { name: 'New class', exact: true }).click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await stepCounter(page)).toEqual([4, tokens.steps]);

    await page.getByRole('button', { name: 'New class', exact: true }).click();
    await dialog.getByRole('button', { name: 'Start a new class' }).click();
    await ready(page, first.id, 1);
    expect(hashOf(page)).toBe(`#/${first.id}/1`);
    expect(await stepCounter(page)).toEqual([1, first.steps]);
    await page.waitForFunction((id) => {
      const lessons = JSON.parse(localStorage.getItem('cognito-simulator/progress/v1') ?? '{}').lessons ?? {};
      return Object.keys(lessons).join() === id;
    }, first.id);
    // The other lesson starts afresh, in Guided mode.
    await gotoLesson(page, app, tokens.id);
    expect(await stepCounter(page)).toEqual([1, tokens.steps]);
    expect(await page.getByRole('button', { name: 'Guided' }).getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await ready(page, tokens.id, 1);
    expect(errors).toEqual([]);
  });

  it('asks the same from the address #/new-class, and Cancel keeps the place', async () => {
    const { page, errors } = await openPage(app, `#/${tokens.id}/8`);
    await ready(page, tokens.id, 8);
    await page.goto(`${app.url}#/new-class`);
    const dialog = page.getByRole('dialog', { name: 'Start a new class?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await ready(page, tokens.id, 8);
    expect(hashOf(page)).toBe(`#/${tokens.id}/8`);
    await page.goto(`${app.url}#/new-class`);
    await dialog.getByRole('button', { name: 'Start a new class' }).click();
    await ready(page, first.id, 1);
    expect(hashOf(page)).toBe(`#/${first.id}/1`);
    expect(errors).toEqual([]);
  });
});
