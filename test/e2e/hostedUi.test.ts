import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atStep, chromeAvailable, gotoLesson, openPage, ready, seriousViolations, startApp, type App } from './setup';

/** The hosted UI lesson as a learner uses it in real Chromium: the simulated browser, its redirects, its forms. */
describe.skipIf(!chromeAvailable())('the hosted UI and its simulated browser', () => {
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

  const browser = () => page.getByRole('region', { name: 'Browser' });
  const chain = () => browser().getByRole('list', { name: 'Redirect chain' });

  it('shows the redirect chain to the login page, and the tokens at the callback after a sign-in the learner types', async () => {
    await gotoLesson(page, app, 'the-hosted-ui', 3);
    expect(await chain().textContent()).toMatch(/GET article-shop\.auth\.us-east-1\.amazoncognito\.com\/oauth2\/authorize\?.*→ 302 Location: \/login\?/);
    expect(await chain().textContent()).toContain('→ 200 · Set-Cookie: XSRF-TOKEN');
    expect(await seriousViolations(page)).toEqual([]);

    // In Free mode the learner signs in on the page itself: the form goes through the cloud, with its CSRF cookie.
    await page.getByRole('button', { name: 'Free mode' }).click();
    await browser().getByRole('textbox', { name: 'Username' }).fill('abc.xyz@gmail.com');
    await browser().getByLabel('Password').fill('#Abc1234');
    await browser().getByRole('button', { name: 'Sign in' }).click();
    await ready(page);
    await browser().getByText('The app’s own page.', { exact: false }).waitFor();
    expect(await chain().textContent()).toMatch(/POST .*\/login\?.*→ 302 Location: localhost\/#id_token=/);
    expect(await page.locator('.device').first().getByRole('heading', { name: 'Signed in' }).count()).toBe(1);

    await page.getByRole('tab', { name: 'Tokens', exact: true }).click();
    const tokens = page.getByRole('tabpanel', { name: 'Tokens' });
    // The access token's scope, each word explained: the scopes the app asked for and its client may use.
    await tokens.getByText('openid: an OpenID Connect sign-in', { exact: false }).first().waitFor();
    expect(await tokens.textContent()).toContain('phone: the phone_number and phone_number_verified claims');
    expect(errors).toEqual([]);
  }, 90_000);

  it('shows a wrong password on the hosted UI’s own page, and Previous step returns the browser to the page before', async () => {
    // A fresh page: the first test left this lesson in Free mode, past its steps.
    ({ page, errors } = await openPage(app, ''));
    await gotoLesson(page, app, 'the-hosted-ui', 4);
    await browser().getByText('Incorrect username or password.').waitFor();
    await page.getByRole('button', { name: 'Previous step' }).click();
    await atStep(page, 3);
    expect(await browser().getByText('Incorrect username or password.').count()).toBe(0);
    await browser().getByRole('button', { name: 'Sign in' }).waitFor();
    expect(errors).toEqual([]);
  }, 90_000);

  it('shows the callback Cognito refuses in AWS’s words', async () => {
    await gotoLesson(page, app, 'the-hosted-ui', 9);
    const alert = page.locator('.device').first().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('InvalidParameterException: http://shop.example.com/callback cannot use the HTTP protocol.');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);
});

/** Lessons 3 and 4 of the chapter in real Chromium: a machine's token and your API's scope check, and sign-up on the hosted UI. */
describe.skipIf(!chromeAvailable())('client credentials, and sign-up on the hosted UI', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows your API refusing a user’s token for a machine’s scope with 403 insufficient_scope', async () => {
    const { page, errors } = await openPage(app, '');
    page.setDefaultTimeout(15_000);
    await gotoLesson(page, app, 'scopes-resource-servers-and-client-credentials', 8);
    const device = page.locator('.device').first();
    expect(await device.locator('dl[aria-label="Tokens the job holds"]').textContent()).toContain('yes, for 3600 s');
    await page.getByRole('button', { name: 'Next step' }).click();
    await atStep(page, 9);
    const alert = device.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('insufficient_scope');
    await page.getByRole('tab', { name: 'Sequence', exact: true }).click();
    await page.getByRole('tabpanel', { name: 'Sequence' }).getByText('Your API', { exact: false }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);

  it('signs a new user up on the hosted UI’s pages, with the redirect chain to /confirmUser', async () => {
    const { page, errors } = await openPage(app, '');
    page.setDefaultTimeout(15_000);
    await gotoLesson(page, app, 'sign-up-sign-out-and-a-server-side-app', 6);
    const browser = page.getByRole('region', { name: 'Browser' });
    expect(await browser.getByRole('list', { name: 'Redirect chain' }).textContent()).toMatch(/POST .*\/signup\?.*→ 302 Location: \/confirmUser/);
    await page.getByRole('button', { name: 'Next step' }).click();
    await atStep(page, 7);
    await page.locator('.device').first().getByText('jo.doe@gmail.com', { exact: false }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 90_000);
});
