import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromeAvailable, gotoLesson, openPage, ready, startApp, stepCounter, type App } from './setup';

const next = (page: Page) => page.getByRole('button', { name: 'Next step', exact: true });
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const atStep = (page: Page, n: number) =>
  page.waitForFunction((n) => document.querySelector('[data-testid="step-counter"]')?.textContent?.startsWith(`Step ${n} of`), n);

describe.skipIf(!chromeAvailable())('the inspectors, the app and the address in Chromium', () => {
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

  async function open(hash: string) {
    const [, lessonId, step] = /^#\/([^/]+)(?:\/(\d+))?$/.exec(hash)!;
    await gotoLesson(page, app, lessonId!, step ? Number(step) : undefined);
  }

  it('draws the Sequence diagram as an SVG with a transcript, and the State chart at a readable size', async () => {
    await open('#/sign-up/3');
    // The step points at the request (focus=Requests:…), so its Requests tab opens first.
    await tab(page, 'Sequence').click();
    const sequence = page.getByRole('tabpanel', { name: 'Sequence' });
    await sequence.locator('.diagram[data-ready="true"] svg').waitFor();
    const transcript = sequence.getByRole('list', { name: 'Transcript of the diagram' });
    expect(await transcript.getByRole('listitem').allTextContents()).toContain(
      'App → User pool: SignUp abc.xyz@gmail.com (no identity checked) Who asks: anyone, with the ClientId; no identity is checked.',
    );
    expect(await transcript.locator('[aria-current="step"]').count()).toBeGreaterThan(0);
    await tab(page, 'State chart').click();
    const chart = page.getByRole('tabpanel', { name: 'State chart' });
    await chart.locator('.diagram[data-ready="true"] svg').waitFor();
    expect(await chart.textContent()).toContain('awaitingCode');
    // A state box the size of a few words, not a collapsed or exploded layout.
    const box = await chart.locator('svg .current').first().boundingBox();
    expect(box!.height).toBeGreaterThan(10);
    expect(box!.height).toBeLessThan(200);
  });

  it('shows one step more of the sequence with each step', async () => {
    await open('#/sign-up/1');
    await tab(page, 'Sequence').click();
    const items = page.getByRole('list', { name: 'Transcript of the diagram' }).getByRole('listitem');
    const before = await items.count();
    await next(page).click();
    await atStep(page, 2);
    await ready(page);
    expect(await items.count()).toBeGreaterThan(before);
  });

  it('says why a tampered token fails, as an API Gateway authorizer would', async () => {
    await open('#/inside-the-tokens/3');
    await tab(page, 'Tokens').click();
    const card = page.locator('[data-token="id"]');
    await card.locator('[data-verdict="valid"]').waitFor();
    expect(await card.getByRole('status').first().textContent()).toMatch(/Valid/);
    await card.getByRole('button', { name: /add the “admin” group/ }).click();
    await card.locator('[data-verdict="rejected"]').waitFor();
    expect(await card.locator('.verdict').textContent()).toMatch(/401 Unauthorized.*Signature.*changed after Cognito signed it/);
    await card.getByRole('button', { name: 'Restore the token Cognito issued' }).click();
    await card.locator('[data-verdict="valid"]').waitFor();
    await card.getByLabel('Value of token_use').fill('access');
    await card.locator('[data-verdict="rejected"]').waitFor();
  });

  it('after a global sign-out, shows the last tokens as still valid to a verifier but revoked by the pool', async () => {
    await open('#/forgot-password-and-sign-out/8');
    await tab(page, 'Tokens').click();
    const panel = page.getByRole('tabpanel', { name: 'Tokens' });
    await panel.getByText(/The app has dropped its tokens/).waitFor();
    const card = page.locator('[data-token="access"]');
    await card.locator('[data-verdict="valid"]').waitFor();
    expect(await card.textContent()).toMatch(/The pool revoked this sign-in \(GlobalSignOut\)/);
    expect(await page.locator('[data-token="refresh"]').textContent()).toMatch(/it has been revoked/);
  });

  it('shows an expired token as expired after an hour of simulated time', async () => {
    await open('#/inside-the-tokens/3');
    await tab(page, 'Tokens').click();
    await page.getByRole('button', { name: '+1 h', exact: true }).click();
    const card = page.locator('[data-token="access"]');
    await card.locator('[data-verdict="rejected"]').waitFor();
    expect(await card.locator('.verdict').textContent()).toMatch(/Expired (just now|\d+ (s|min) ago)/);
  });

  it('travels back in time with "Previous step": the user is UNCONFIRMED again', async () => {
    await open('#/confirmation/9');
    await tab(page, 'Users').click();
    const users = page.getByRole('tabpanel', { name: 'Users' });
    await users.getByText('CONFIRMED', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Previous step', exact: true }).click();
    await atStep(page, 8);
    await ready(page);
    await users.getByText('UNCONFIRMED', { exact: true }).waitFor();
  });

  it('keeps the learner’s place over a reload', async () => {
    await open('#/sign-up/4');
    await page.reload();
    await ready(page);
    expect(await stepCounter(page)).toEqual([4, 8]);
    await tab(page, 'Users').click();
    await page.getByRole('tabpanel', { name: 'Users' }).getByText('UNCONFIRMED', { exact: true }).waitFor();
    await page.goto(`${app.url}#/`);
    await page.waitForURL(/#\/sign-up\/4$/);
  });

  it('lists the emails newest first with the code', async () => {
    await open('#/confirmation/8');
    const inbox = page.getByRole('tabpanel', { name: /Inbox/ });
    const mails = inbox.getByRole('listitem');
    expect(await mails.count()).toBe(2);
    const newest = await mails.first().locator('.code').textContent();
    expect(newest).toMatch(/^\d{6}$/);
  });

  it('explains an AWS error in words, with the code and the way out as a button', async () => {
    await open('#/sign-in-and-profile/2');
    const alert = page.locator('.app-error');
    expect(await alert.textContent()).toMatch(
      /does not allow signing in with a username and password.*InvalidParameterException: USER_PASSWORD_AUTH flow not enabled for this client/,
    );
    await alert.getByRole('button', { name: 'Allow USER_PASSWORD_AUTH on the app client' }).click();
    await atStep(page, 3);
  });

  it('answers what the learner types in free mode', async () => {
    await open('#/sign-up/2');
    await page.getByRole('button', { name: 'Free mode' }).click();
    await page.getByLabel('Password', { exact: true }).fill('abcdefgh');
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();
    await page
      .locator('.app-error')
      .getByText(/must have uppercase characters/)
      .waitFor();
    await tab(page, 'Requests').click();
    const requests = page.getByRole('tabpanel', { name: 'Requests' });
    expect(await requests.textContent()).toContain('client.sign_up(');
    await requests.getByRole('button', { name: 'AWS CLI' }).click();
    expect(await requests.textContent()).toContain('aws cognito-idp sign-up');
    await page.getByRole('button', { name: 'Guided' }).click();
  });

  it('draws what the learner types as text, never as markup', async () => {
    await open('#/sign-up/2');
    await page.getByRole('button', { name: 'Free mode' }).click();
    const hostile = '<img src=x onerror="window.pwned=1">';
    await page.getByLabel('Username', { exact: true }).fill(hostile);
    await page.getByRole('button', { name: 'Sign up', exact: true }).click();
    await page.locator('.app-error').waitFor();
    await tab(page, 'Sequence').click();
    const sequence = page.getByRole('tabpanel', { name: 'Sequence' });
    await sequence.getByRole('list', { name: 'Transcript of the diagram' }).getByText(`SignUp ${hostile}`, { exact: false }).waitFor();
    await page.waitForFunction((text) => document.querySelector('.sequence-panel .diagram[data-ready="true"] svg')?.textContent?.includes(text), 'onerror');
    // Labels wrap, one text element per line, and a word too long for its column breaks with a hyphen: compare without
    // the spaces and hyphens the line breaks took.
    const squeeze = (text: string | null) => (text ?? '').replace(/[\s-]+/g, '');
    expect(squeeze(await sequence.locator('svg').first().textContent())).toContain(squeeze(`SignUp ${hostile}`));
    expect(await sequence.locator('svg img, svg foreignObject img').count()).toBe(0);
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    await page.getByRole('button', { name: 'Guided' }).click();
  });

  it('moves the simulated clock', async () => {
    await open('#/sign-up/1');
    const clock = page.getByRole('group', { name: 'Simulated clock' }).locator('time');
    const before = await clock.textContent();
    await page.getByRole('button', { name: '+1 day', exact: true }).click();
    await page.waitForFunction((b) => document.querySelector('.clock time')?.textContent !== b, before);
    expect(await clock.textContent()).toMatch(/16 Jan 2026/);
  });

  it('says so for an unknown lesson or step, with a link back', async () => {
    await open('#/sign-up/1');
    await page.goto(`${app.url}#/no-such-lesson`);
    await page.getByRole('heading', { name: 'Lesson not found' }).waitFor();
    await page.getByRole('link', { name: /Go to the first lesson/ }).click();
    await ready(page);
    await page.goto(`${app.url}#/sign-up/99`);
    await page.getByRole('heading', { name: 'Step not found' }).waitFor();
    expect(await page.getByRole('main').textContent()).toMatch(/has no step “99”: it has 8 steps/);
  });

  it('shows a saved session it cannot restore as a dismissible notice', async () => {
    await open('#/sign-up/1');
    await page.evaluate(() => localStorage.setItem('cognito-simulator/session/v2', '{not json'));
    await page.reload();
    const notice = page.locator('.notice');
    await notice.getByText(/could not be restored/).waitFor();
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.locator('.notice').count()).toBe(0);
  });

  it('says plainly that the course was updated when the previous version saved the session, and still opens the lesson', async () => {
    await open('#/sign-up/1');
    await page.evaluate(() => {
      localStorage.removeItem('cognito-simulator/session/v2');
      localStorage.setItem('cognito-simulator/session/v1', JSON.stringify({ version: 1, lessonId: 'sign-up', history: [] }));
    });
    await page.reload();
    await page
      .locator('.notice')
      .getByText(
        'The course was updated since your last visit, so your saved place could not be restored: the lesson “sign-up” starts afresh at its first step.',
      )
      .waitFor();
    await page.getByRole('button', { name: 'Next step', exact: true }).waitFor();
  });

  it('stacks the columns at 390 px without sideways scrolling', async () => {
    const small = await openPage(app, '#/sign-up/2', { viewport: { width: 390, height: 844 } });
    await ready(small.page);
    expect(await small.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await small.page.getByRole('button', { name: 'Next step', exact: true }).isVisible()).toBe(true);
    expect(small.errors).toEqual([]);
    await small.page.context().close();
  });
  it('opens sign-up on an untouched app: no request sent, no error, and a step that says what Next step will do', async () => {
    const fresh = await openPage(app, '#/sign-up/1');
    const page = fresh.page;
    await ready(page);
    expect(await page.locator('.app-error').count()).toBe(0);
    await page.getByText('Press Next step to fill in the form').first().waitFor();
    await tab(page, 'Requests').click();
    await page.getByRole('tabpanel', { name: 'Requests' }).getByText('No API calls yet in this lesson').waitFor();
    await next(page).click();
    await atStep(page, 2);
    await page
      .locator('.app-error')
      .getByText(/Password not long enough/)
      .waitFor();
  });
});
