import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromeAvailable, gotoLesson, openPage, seriousViolations, startApp, type App } from './setup';

const DENY_ALL = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'NothingAtAll', Effect: 'Deny', Action: '*', Resource: '*' }] }, null, 2);

/** The identity side's inspectors as a learner uses them, in real Chromium: the Policies and Credentials tabs. */
describe.skipIf(!chromeAvailable())('the Policies and Credentials tabs', () => {
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

  it('are reached from the keyboard and pass axe', async () => {
    // Step 5 of the three steps: the user's own note, saved with the role's per-identity statement.
    await gotoLesson(page, app, 'tokens-to-credentials', 5);
    const sequence = page.getByRole('tab', { name: 'Sequence', exact: true });
    await sequence.click();
    await sequence.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    const policies = page.getByRole('tab', { name: 'Policies', exact: true });
    expect(await policies.getAttribute('aria-selected')).toBe('true');
    await page.getByRole('tabpanel', { name: 'Policies' }).getByRole('heading', { name: 'Try an action' }).waitFor();
    expect(await seriousViolations(page), 'Policies').toEqual([]);
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Credentials', exact: true }).getAttribute('aria-selected')).toBe('true');
    const panel = page.getByRole('tabpanel', { name: 'Credentials' });
    await panel.getByText(/^ASIA/).first().waitFor();
    expect(await seriousViolations(page), 'Credentials').toEqual([]);
    expect(errors).toEqual([]);
  });

  it('evaluates the step’s request as allowed, then denies it once the policy says Deny everything, saved to the cloud first', async () => {
    await gotoLesson(page, app, 'tokens-to-credentials', 5);
    await page.getByRole('tab', { name: 'Policies', exact: true }).click();
    const panel = page.getByRole('tabpanel', { name: 'Policies' });
    const form = panel.getByRole('form', { name: 'Try an action' });
    expect(await form.getByRole('textbox', { name: 'Action' }).inputValue()).toBe('s3:PutObject');
    await form.getByRole('button', { name: 'Evaluate' }).click();
    const result = form.getByRole('group', { name: 'Result' });
    await result.getByText('Allowed', { exact: true }).waitFor();

    const policy = panel.getByRole('textbox', { name: /Permissions policy "own-notes"/ });
    await policy.fill(DENY_ALL);
    await form.getByRole('button', { name: 'Evaluate' }).click();
    await result.getByText('Denied', { exact: true }).waitFor();
    expect(await result.textContent()).toContain('explicit Deny');
    expect(await result.textContent()).toContain('with an explicit deny in an identity-based policy');
    // The edit was a real IAM request of this step.
    await page.getByRole('tab', { name: 'Requests', exact: true }).click();
    await page.getByRole('tabpanel', { name: 'Requests' }).getByText('PutRolePolicy').first().waitFor();
    expect(errors).toEqual([]);
  });
});
