/**
 * The federation inspectors in Chromium, in the lesson that exists so far (Google straight to an identity pool): the
 * Tokens tab shows Google's own ID token, verified against Google's keys, and fails it once tampered; at 390 px the panel
 * needs no sideways scrolling. With SCREENSHOT_DIR set, it saves what a learner sees there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromeAvailable, openPage, ready, startApp, type App } from './setup';

const LESSON = 'an-identity-pool-with-a-social-token';
/** "GetId with a Google login": the app has handed Google's token to the identity pool. */
const GET_ID_STEP = 5;

async function shot(page: Page, name: string) {
  const dir = process.env['SCREENSHOT_DIR'];
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
}

describe.skipIf(!chromeAvailable())('the federation inspectors', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows Google’s ID token verified against Google’s keys, tampering fails it, and it reads at 390 px', async () => {
    const { page, errors } = await openPage(app, `#/${LESSON}/${GET_ID_STEP}?tab=tokens`, { viewport: { width: 390, height: 844 } });
    await ready(page, LESSON, GET_ID_STEP);
    const panel = page.getByRole('tabpanel', { name: 'Tokens' });
    const card = panel.locator('[data-token="provider"]');
    await card.locator('[data-verdict="valid"]').waitFor({ timeout: 20_000 });
    expect(await card.getByRole('heading', { level: 3 }).textContent()).toContain('ID token');
    expect(await card.textContent()).toContain('The app handed it to the identity pool in Logins');
    await card.scrollIntoViewIfNeeded();
    await shot(page, 'fed-tokens-390');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await card.getByRole('button', { name: 'Try: change the email' }).click();
    await card.locator('[data-verdict="rejected"]').waitFor();
    expect(await card.getByRole('status').textContent()).toContain('the token was changed after the provider signed it');
    await shot(page, 'fed-tokens-tampered-390');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows, in the user-pool federation lesson, Google’s token beside Cognito’s with the mapping hop by hop, and Jane’s identity in Users', async () => {
    const lesson = 'social-sign-in-through-the-user-pool';
    // Step 6: the app holds Cognito's tokens from a Google sign-in through the hosted UI.
    const { page, errors } = await openPage(app, `#/${lesson}/6?tab=tokens`);
    await ready(page, lesson, 6);
    const panel = page.getByRole('tabpanel', { name: 'Tokens' });
    const card = panel.locator('[data-token="provider"]');
    await card.locator('[data-verdict="valid"]').waitFor({ timeout: 20_000 });
    expect(await card.textContent()).toContain('The hosted UI traded the provider’s code for it at https://www.googleapis.com/oauth2/v4/token');
    const email = card.locator('[data-attribute="email"]');
    expect(await email.textContent()).toMatch(
      /Google claim email jane\.doe@gmail\.com.*pool attribute email jane\.doe@gmail\.com.*Cognito ID token email jane\.doe@gmail\.com/,
    );
    await panel.locator('[data-token="id"] [data-verdict="valid"]').waitFor();
    await shot(page, 'fed-tokens-userpool-1280');
    await page.getByRole('tab', { name: 'Users', exact: true }).click();
    const users = page.getByRole('tabpanel', { name: 'Users' });
    const identity = users.locator('[data-provider="Google"]').first();
    await identity.waitFor();
    expect(await identity.textContent()).toContain('104857392017463829104');
    await shot(page, 'fed-users-1280');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws the lesson’s Sequence with Browser first, then App, Google, Identity pool and STS', async () => {
    const { page, errors } = await openPage(app, `#/${LESSON}/${GET_ID_STEP + 1}?tab=sequence`, { viewport: { width: 390, height: 844 } });
    await ready(page, LESSON, GET_ID_STEP + 1);
    const sequence = page.getByRole('tabpanel', { name: 'Sequence' });
    await sequence.locator('.diagram[data-ready="true"] svg').waitFor();
    const lines = await sequence.getByRole('list', { name: 'Transcript of the diagram' }).getByRole('listitem').allTextContents();
    expect(lines.some((l) => l.startsWith('Browser → Google: GET /o/oauth2/v2/auth'))).toBe(true);
    // On a phone the lesson text and the inspectors take turns: show the inspectors.
    await page.getByRole('button', { name: 'Inspectors', exact: true }).click();
    await sequence.scrollIntoViewIfNeeded();
    await shot(page, 'fed-sequence-390');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
