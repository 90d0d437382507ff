import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atStep, chromeAvailable, gotoLesson, openPage, seriousViolations, startApp, type App } from './setup';

const LESSON = 'social-sign-in-through-the-user-pool';
/** Jane Doe's user in the pool after her first Google sign-in: the provider's name and Google's `sub`. */
const JANE_USER = 'Google_104857392017463829104';

/** Where the screenshots go, to be looked at (not compared): the system's temp folder. */
export const shotPath = (name: string) => join(tmpdir(), `federation-${name}.png`);

/** The federation lesson as a learner walks it in real Chromium: the hops through Google, Cognito's tokens, the link. */
describe.skipIf(!chromeAvailable())('social sign-in through the user pool, in the browser', () => {
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
  /** Each hop of the chain in full (its item's title: the URL, and the Location it answered). */
  const fullHops = () =>
    chain()
      .locator('li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('title') ?? '').join('\n\n'));

  it('shows the hosted UI’s Google button, then the redirect to the simulated Google with Cognito’s redirect_uri', async () => {
    await gotoLesson(page, app, LESSON, 2);
    await browser().getByRole('link', { name: 'Continue with Google' }).waitFor();
    await page.getByRole('button', { name: 'Next step' }).click();
    await atStep(page, 3);
    await browser().getByText('Simulated Google', { exact: false }).first().waitFor();
    const shown = (await chain().textContent()) ?? '';
    expect(shown).toMatch(
      /GET article-shop\.auth\.us-east-1\.amazoncognito\.com\/oauth2\/authorize\?.*→ 302 Location: accounts\.google\.com\/o\/oauth2\/v2\/auth\?/,
    );
    expect(shown).toContain('GET accounts.google.com/v3/signin/identifier');
    const hops = await fullHops();
    expect(hops).toMatch(/\/oauth2\/authorize\?.*identity_provider=Google/);
    expect(hops).toContain('redirect_uri=https%3A%2F%2Farticle-shop.auth.us-east-1.amazoncognito.com%2Foauth2%2Fidpresponse');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: shotPath('google-signin-1280') });
    expect(errors).toEqual([]);
  }, 120_000);

  it('comes back through /oauth2/idpresponse to the app’s callback with a code, and Cognito’s ID token carries identities', async () => {
    await gotoLesson(page, app, LESSON, 5);
    const device = page.locator('.device').first();
    await device.getByRole('heading', { name: `Signed in as ${JANE_USER}` }).waitFor();
    const shown = (await chain().textContent()) ?? '';
    expect(shown).toMatch(
      /POST accounts\.google\.com\/signin\/oauth\/consent\?.*→ 302 Location: article-shop\.auth\.us-east-1\.amazoncognito\.com\/oauth2\/idpresponse\?/,
    );
    expect(shown).toMatch(/GET article-shop\.auth\.us-east-1\.amazoncognito\.com\/oauth2\/idpresponse\?.*→ 302 Location: localhost\/?\?code=/);
    // Google's code went to the pool; the app's callback got Cognito's code and the app's own state.
    const hops = await fullHops();
    expect(hops).toMatch(/Location: https:\/\/article-shop\.auth\.us-east-1\.amazoncognito\.com\/oauth2\/idpresponse\?(?=.*code=)(?=.*state=)/);
    expect(hops).toMatch(/Location: http:\/\/localhost\/?\?code=[^&\s]+&state=/);

    await page.getByRole('button', { name: 'Next step' }).click();
    await atStep(page, 6);
    const tokens = page.getByRole('tabpanel', { name: 'Tokens' });
    await tokens.getByText('identities').first().waitFor();
    // The claims' values are editable fields (to tamper with): read what they hold.
    const values = (await tokens.locator('input, textarea').evaluateAll((fields) => fields.map((f) => (f as HTMLInputElement).value))).join('\n');
    expect(values).toContain(JANE_USER);
    expect(values).toMatch(/"userId":"104857392017463829104","providerName":"Google","providerType":"Google"/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: shotPath('tokens-1280') });

    // The next step opens the Users tab: Jane's own user, made by her first sign-in.
    await page.getByRole('button', { name: 'Next step' }).click();
    await atStep(page, 7);
    const users = page.getByRole('tabpanel', { name: 'Users' });
    await users.getByText(JANE_USER).first().waitFor();
    expect(await users.textContent()).toContain('EXTERNAL_PROVIDER');
    expect(errors).toEqual([]);
  }, 120_000);

  it('shows the refused link in AWS’s words, and after the link Jane signs in as the existing user', async () => {
    await gotoLesson(page, app, LESSON, 8);
    const device = page.locator('.device').first();
    const alert = device.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Merging is not currently supported');
    // Deleted, then linked: the Users tab lists one user, the article's, with Jane's Google identity.
    await page.getByRole('button', { name: 'Next step' }).click();
    await atStep(page, 9);
    const users = page.getByRole('tabpanel', { name: 'Users' });
    await users.getByText('abc.xyz@gmail.com').first().waitFor();
    await page.screenshot({ path: shotPath('linked-1280') });
    expect(await users.textContent()).toContain('104857392017463829104');
    expect(await users.getByText(JANE_USER).count()).toBe(0);
    await gotoLesson(page, app, LESSON, 11);
    await device.getByRole('heading', { name: 'Signed in as abc.xyz@gmail.com' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('fits a phone: the Google page in the browser pane at 390×844', async () => {
    const phone = await openPage(app, '', { viewport: { width: 390, height: 844 } });
    phone.page.setDefaultTimeout(15_000);
    await gotoLesson(phone.page, app, LESSON, 3);
    // On a phone the app sits behind its own switch: the learner opens it to see the browser pane.
    await phone.page.getByRole('button', { name: 'App', exact: true }).click();
    const pane = phone.page.getByRole('region', { name: 'Browser' });
    await pane.getByText('Simulated Google', { exact: false }).first().waitFor();
    await pane.scrollIntoViewIfNeeded();
    expect(await seriousViolations(phone.page)).toEqual([]);
    await phone.page.screenshot({ path: shotPath('google-signin-390') });
    await gotoLesson(phone.page, app, LESSON, 5);
    await phone.page.getByRole('button', { name: 'App', exact: true }).click();
    const heading = phone.page
      .locator('.device')
      .first()
      .getByRole('heading', { name: `Signed in as ${JANE_USER}` });
    await heading.waitFor();
    await heading.scrollIntoViewIfNeeded();
    await phone.page.screenshot({ path: shotPath('signed-in-390') });
    expect(phone.errors).toEqual([]);
  }, 120_000);
});
