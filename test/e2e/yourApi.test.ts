/** Your API in Chromium: the inside-the-tokens lesson calls it with the access token (accepted) and the ID token (refused by token_use). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atStep, chromeAvailable, gotoLesson, openPage, startApp, type App } from './setup';

const next = (page: Page) => page.getByRole('button', { name: 'Next step', exact: true });
const answer = (page: Page) => page.getByRole('region', { name: "Your API's answer" });

describe.skipIf(!chromeAvailable())('your API in the inside-the-tokens lesson', () => {
  let app: App;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    app = await startApp();
    ({ page, errors } = await openPage(app, ''));
  });
  afterAll(async () => {
    expect(errors).toEqual([]);
    await app?.close();
  });

  it('shows the access token accepted and the ID token refused by its token_use, and the Sequence tab names Your API', async () => {
    await gotoLesson(page, app, 'inside-the-tokens', 6);
    await next(page).click();
    await atStep(page, 7);
    await answer(page).getByRole('heading', { name: 'Your API: 200 OK, accepted' }).waitFor();
    expect(await answer(page).textContent()).toContain('customers');

    await next(page).click();
    await atStep(page, 8);
    await answer(page).getByRole('heading', { name: 'Your API: 401 Unauthorized, refused' }).waitFor();
    expect(await answer(page).textContent()).toMatch(/invalid_token: The token's token_use is 'id': this API accepts only access tokens/);

    await page.getByRole('tab', { name: 'Sequence', exact: true }).click();
    const sequence = page.getByRole('tabpanel', { name: 'Sequence' });
    await sequence.locator('.diagram[data-ready="true"] svg').waitFor();
    const lines = await sequence.getByRole('list', { name: 'Transcript of the diagram' }).getByRole('listitem').allTextContents();
    expect(lines.some((l) => l.startsWith('App → Your API: GET /orders with the ID token (authorization)'))).toBe(true);
    expect(
      lines.some((l) => l.startsWith('Inside GET /orders, Your API → User pool: GetJwks (no identity checked)')),
      lines.join('\n'),
    ).toBe(true);
    expect(
      lines.some((l) => l.startsWith('Your API → App: 401 invalid_token')),
      lines.join('\n'),
    ).toBe(true);
  });

  it('lets the learner call the API with the buttons in Free mode', async () => {
    await page
      .getByRole('radio', { name: 'Free mode' })
      .or(page.getByRole('button', { name: 'Free mode' }))
      .first()
      .click();
    await page.getByRole('button', { name: 'Call your API', exact: true }).click();
    await answer(page).getByRole('heading', { name: 'Your API: 200 OK, accepted' }).waitFor();
  });
});
