import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeAvailable, gotoLesson, openPage, ready, startApp, type App } from './setup';

/** Guided and Free mode stay in step: the text never claims what was not done, and the lesson can rejoin its path. */
describe.skipIf(!chromeAvailable())('guided and free mode', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('says "Done for you" only for a step guided mode performed, and puts the lesson back on its path', async () => {
    const { page, errors } = await openPage(app);
    await gotoLesson(page, app, 'sign-up', 1);
    await page.getByRole('button', { name: 'Free mode' }).click();
    await page.getByRole('button', { name: 'Next step', exact: true }).click();
    await ready(page, 'sign-up', 2);
    const current = page.locator('.step[aria-current="step"]');
    expect(await current.locator('.step-action').textContent()).toMatch(/^In guided mode this step does: /);
    expect(await current.locator('.step-guided-note').count()).toBe(1);
    await page.getByRole('button', { name: 'Guided' }).click();
    const back = page.getByRole('button', { name: 'Put the lesson back on its path' });
    await back.click();
    await ready(page, 'sign-up', 2);
    expect(await back.count()).toBe(0);
    expect(await page.locator('.step[aria-current="step"] .step-action').textContent()).toMatch(/^Done for you: /);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
