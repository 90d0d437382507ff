import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { atStep, chromeAvailable, gotoLesson, openPage, startApp, type App } from './setup';

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const panel = (page: Page, name: string) => page.getByRole('tabpanel', { name });
const next = (page: Page) => page.getByRole('button', { name: 'Next step', exact: true });
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** True when `el` lies wholly inside the visible part of `box`. */
async function shownIn(el: Locator, box: Locator): Promise<boolean> {
  const [e, b] = [await el.boundingBox(), await box.boundingBox()];
  return Boolean(e && b && e.y >= b.y - 1 && e.y + Math.min(e.height, b.height) <= b.y + b.height + 1);
}

/** focus= (a step points at a field) and pointing (a presenter spotlights one), in real Chromium. */
describe.skipIf(!chromeAvailable())('what a step points at, and pointing', () => {
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

  it('opens the Requests tab on arriving at a focus step, with the response open and the field marked in view', async () => {
    await gotoLesson(page, app, 'user-pool-defaults', 1);
    await tab(page, 'Users').click();
    await next(page).click();
    await atStep(page, 2);
    expect(await tab(page, 'Requests').getAttribute('aria-selected')).toBe('true');
    const requests = panel(page, 'Requests');
    const field = requests.locator('.is-focus');
    await field.waitFor();
    expect(await field.getAttribute('data-path')).toBe('UserPool.Id');
    expect(await field.textContent()).toMatch(/^"Id": "us-east-1_\w+"$/);
    expect(await requests.locator('details.response[open] > summary').allTextContents()).toEqual(['Response']);
    expect(await requests.getByText(/This step points at UserPool\.Id, marked below/).isVisible()).toBe(true);

    await next(page).click();
    await atStep(page, 3);
    await requests.locator('.is-focus[data-path="UserPool.SchemaAttributes[10]"]').waitFor();
    expect(await requests.locator('.is-focus').textContent()).toContain('"Name": "email"');
    expect(await shownIn(requests.locator('.is-focus'), requests)).toBe(true);
    expect(await scrollY(page)).toBe(0);
  });

  it('leaves the learner’s tab alone on a step without a focus', async () => {
    await gotoLesson(page, app, 'user-pool-defaults', 7);
    expect(await tab(page, 'Requests').getAttribute('aria-selected')).toBe('true');
    await tab(page, 'Sequence').click();
    await next(page).click();
    await atStep(page, 8);
    expect(await tab(page, 'Sequence').getAttribute('aria-selected')).toBe('true');
    expect(await scrollY(page)).toBe(0);
  });

  it('opens the Tokens tab at the claim a step names, by a step address and by Previous step', async () => {
    await gotoLesson(page, app, 'inside-the-tokens', 4);
    expect(await tab(page, 'Tokens').getAttribute('aria-selected')).toBe('true');
    const tokens = panel(page, 'Tokens');
    const scope = tokens.locator('[data-token="access"] tr.is-focus');
    await scope.waitFor();
    expect(await scope.getAttribute('data-claim')).toBe('scope');
    expect(await shownIn(scope, tokens)).toBe(true);
    await tab(page, 'Users').click();
    await page.getByRole('button', { name: 'Previous step', exact: true }).click();
    await atStep(page, 3);
    expect(await tab(page, 'Tokens').getAttribute('aria-selected')).toBe('true');
    const row = tokens.locator('[data-token="id"] tr.is-focus');
    await row.waitFor();
    expect(await row.locator('th').textContent()).toBe('email_verified (the step points here)');
    expect(await shownIn(row, tokens)).toBe(true);
    expect(await scrollY(page)).toBe(0);
  });

  it('spotlights a clicked claim row, dims the rest, and clears on Escape; Enter does it from the keyboard', async () => {
    await gotoLesson(page, app, 'inside-the-tokens', 3);
    const tokens = panel(page, 'Tokens');
    const iss = tokens.locator('[data-token="id"] tr[data-claim="iss"]');
    await iss.locator('th').click();
    expect(await iss.getAttribute('data-spotlit')).toBe('');
    expect(await tokens.locator('[data-spotlight="on"]').count()).toBe(1);
    const other = tokens.locator('[data-token="id"] tr[data-claim="sub"]');
    expect(Number(await other.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(0.5);
    await page.keyboard.press('Escape');
    expect(await iss.getAttribute('data-spotlit')).toBeNull();
    expect(await tokens.locator('[data-spotlight="on"]').count()).toBe(0);

    await other.focus();
    await page.keyboard.press('Enter');
    expect(await other.getAttribute('data-spotlit')).toBe('');
    await other.locator('th').click();
    expect(await other.getAttribute('data-spotlit')).toBeNull();
    expect(await scrollY(page)).toBe(0);
  });

  it('spotlights a JSON field in a response', async () => {
    await gotoLesson(page, app, 'sign-up', 4);
    const requests = panel(page, 'Requests');
    const sub = requests.locator('[data-path="UserSub"]').last();
    await sub.click();
    expect(await sub.getAttribute('data-spotlit')).toBe('');
    await sub.click();
    expect(await sub.getAttribute('data-spotlit')).toBeNull();
  });

  it('spotlights a diagram message, its arrow and its text, from a click on either', async () => {
    await gotoLesson(page, app, 'user-pool-defaults', 3);
    await tab(page, 'Sequence').click();
    const sequence = panel(page, 'Sequence');
    await sequence.locator('.diagram[data-ready="true"] svg').waitFor();
    // A wrapped message has one text per line: every one of them belongs to its arrow.
    const texts = sequence.locator('svg text.messageText[data-point="message-1"]');
    expect(await texts.count()).toBeGreaterThanOrEqual(1);
    await texts.first().click();
    const lit = await sequence.locator('svg [data-spotlit]').evaluateAll((els) => els.map((e) => `${e.tagName}:${e.getAttribute('data-point')}`));
    expect(lit.every((l) => l.endsWith(':message-1'))).toBe(true);
    expect(lit.filter((l) => /^(line|path):/.test(l))).toHaveLength(1);
    expect(lit.filter((l) => l.startsWith('text:')).length).toBeGreaterThanOrEqual(1);
    expect(await sequence.locator('.transcript li').nth(1).getAttribute('data-spotlit')).toBe('');
    await sequence.locator('svg .messageLine0[data-point="message-0"], svg .messageLine1[data-point="message-0"]').dispatchEvent('click');
    expect(new Set(await sequence.locator('svg [data-spotlit]').evaluateAll((els) => els.map((e) => e.getAttribute('data-point'))))).toEqual(
      new Set(['message-0']),
    );
    await page.keyboard.press('Escape');
    expect(await sequence.locator('[data-spotlit]').count()).toBe(0);
    expect(await scrollY(page)).toBe(0);
  });
});
