import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atStep, chromeAvailable, gotoLesson, openPage, ready, startApp, type App } from './setup';

const DENY_ALL = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'NothingAtAll', Effect: 'Deny', Action: '*', Resource: '*' }] }, null, 2);

/**
 * The identity side as a learner drives it in real Chromium with the visible controls: credentials that expire and are
 * renewed, two devices that meet a Sync conflict, and a policy edit that a reload keeps and Previous step undoes.
 */
describe.skipIf(!chromeAvailable())('identity journeys', () => {
  let app: App;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    app = await startApp();
    ({ page, errors } = await openPage(app, ''));
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await app?.close();
  });

  const device = () => page.locator('.device').first();
  /** Opens a lesson's step in Guided mode, so the steps before it are done for the learner (Free mode only moves the text). */
  const openGuided = async (lessonId: string, step: number) => {
    const guided = page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Guided' });
    if ((await guided.count()) && (await guided.getAttribute('aria-pressed')) !== 'true') await guided.click();
    await gotoLesson(page, app, lessonId, step);
  };
  const answer = () => device().getByRole('region', { name: "The last request's answer" });

  it('moves the clock past the credentials’ expiry: the request fails with ExpiredToken, then fresh credentials work', async () => {
    // Step 5: the note is saved and the credentials are an hour old at most.
    await openGuided('tokens-to-credentials', 5);
    await page.getByRole('button', { name: 'Free mode' }).click();
    const clock = page.getByRole('group', { name: 'Simulated clock' });
    await clock.getByRole('button', { name: '+1 h' }).click();
    await clock.getByRole('button', { name: '+5 min' }).click();
    await ready(page);

    await page.getByRole('tab', { name: 'Credentials', exact: true }).click();
    await page
      .getByRole('tabpanel', { name: 'Credentials' })
      .getByText(/^expired .* ago$/)
      .first()
      .waitFor();

    await device().getByRole('button', { name: 'Read my notes (S3)' }).click();
    await answer().getByText('Denied: 400').waitFor();
    expect(await answer().textContent()).toContain('ExpiredToken: The provided token has expired.');
    expect(await answer().textContent()).toContain('The temporary AWS credentials have expired');

    const oldKey = await device().getByRole('definition').first().textContent();
    await device().getByRole('button', { name: 'Get fresh credentials' }).click();
    await ready(page);
    await page.waitForFunction((key) => document.querySelector('.device dl dd')?.textContent !== key, oldKey);
    await page
      .getByRole('tabpanel', { name: 'Credentials' })
      .getByText(/^expires in /)
      .first()
      .waitFor();

    await device().getByRole('button', { name: 'Read my notes (S3)' }).click();
    await answer().getByText('Allowed: 200').waitFor();
    expect(await answer().textContent()).toContain('My notes.');
    expect(errors).toEqual([]);
  }, 90_000);

  it('runs two devices into a Sync conflict: the later change wins by default, and the learner settles the next one', async () => {
    await openGuided('cognito-sync-across-devices', 2);
    await page.getByRole('button', { name: 'Free mode' }).click();
    const phone = device().getByRole('region', { name: 'Phone' });
    const tablet = device().getByRole('region', { name: 'Tablet' });
    const theme = (on: typeof phone) => on.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'theme' }) });

    // The phone edits offline; five minutes later the tablet edits the same record and syncs.
    await phone.getByRole('button', { name: 'Go offline' }).click();
    await ready(page);
    await phone.getByRole('textbox', { name: 'Theme on the phone' }).fill('dark');
    await phone.getByRole('button', { name: 'Save on the phone' }).click();
    await ready(page);
    await page.getByRole('group', { name: 'Simulated clock' }).getByRole('button', { name: '+5 min' }).click();
    await ready(page);
    await tablet.getByRole('textbox', { name: 'Theme on the tablet' }).fill('blue');
    await tablet.getByRole('button', { name: 'Save on the tablet' }).click();
    await ready(page);
    await tablet.getByRole('button', { name: 'Sync the tablet' }).click();
    await ready(page);

    // Back online, the phone syncs: its pull brings the tablet's newer theme while its own is dirty, a conflict, and the
    // later change wins, as the mobile SDKs do by default.
    await phone.getByRole('button', { name: 'Back online (syncs)' }).click();
    await ready(page);
    const report = device().getByText(/^Last sync \(phone\)/);
    await report.waitFor();
    expect(await report.textContent()).toContain('theme resolved with the remote record (blue)');
    expect(await theme(phone).getByRole('cell').first().textContent()).toBe('blue');

    // The learner chooses instead: the same race, now settled with a third value.
    await device().getByRole('button', { name: 'Let me resolve conflicts' }).click();
    await ready(page);
    await phone.getByRole('textbox', { name: 'Theme on the phone' }).fill('dark');
    await phone.getByRole('button', { name: 'Save on the phone' }).click();
    await ready(page);
    await phone.getByRole('button', { name: 'Sync the phone' }).click();
    await ready(page);
    await tablet.getByRole('textbox', { name: 'Theme on the tablet' }).fill('red');
    await tablet.getByRole('button', { name: 'Save on the tablet' }).click();
    await ready(page);
    await tablet.getByRole('button', { name: 'Sync the tablet' }).click();
    const conflict = device().getByRole('alert', { name: 'Sync conflict' });
    await conflict.waitFor();
    await ready(page);
    expect(await conflict.textContent()).toContain('Sync conflict on theme');
    await conflict.getByRole('button', { name: 'Use green instead' }).click();
    await ready(page);
    await conflict.waitFor({ state: 'detached' });
    expect(await theme(tablet).getByRole('cell').first().textContent()).toBe('green');
    await phone.getByRole('button', { name: 'Sync the phone' }).click();
    await ready(page);
    expect(await theme(phone).getByRole('cell').first().textContent()).toBe('green');
    expect(errors).toEqual([]);
  }, 90_000);

  it('keeps a policy edit over a reload, and Previous step restores the decision before it', async () => {
    await openGuided('tokens-to-credentials', 5);
    const evaluate = async (): Promise<string> => {
      await page.getByRole('tab', { name: 'Policies', exact: true }).click();
      const form = page.getByRole('tabpanel', { name: 'Policies' }).getByRole('form', { name: 'Try an action' });
      await form.getByRole('button', { name: 'Evaluate' }).click();
      const result = form.getByRole('group', { name: 'Result' });
      await result.getByText(/^(Allowed|Denied)$/).waitFor();
      return (await result.getByText(/^(Allowed|Denied)$/).textContent()) ?? '';
    };
    const policy = () => page.getByRole('tabpanel', { name: 'Policies' }).getByRole('textbox', { name: /Permissions policy "own-notes"/ });

    expect(await evaluate()).toBe('Allowed');
    await policy().fill(DENY_ALL);
    expect(await evaluate()).toBe('Denied');

    await page.reload();
    await ready(page, 'tokens-to-credentials', 5);
    expect(await evaluate()).toBe('Denied');
    expect(await policy().inputValue()).toContain('NothingAtAll');

    await page.getByRole('button', { name: 'Previous step' }).click();
    await atStep(page, 4);
    await page.getByRole('button', { name: 'Next step', exact: true }).click();
    await atStep(page, 5);
    expect(await evaluate()).toBe('Allowed');
    expect(await policy().inputValue()).not.toContain('NothingAtAll');
    expect(errors).toEqual([]);
  }, 90_000);
});
