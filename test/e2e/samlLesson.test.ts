import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atStep, chromeAvailable, gotoLesson, openPage, seriousViolations, startApp, type App } from './setup';

const LESSON = 'saml-the-assertion-and-who-signs-it';
/** Where the screenshots go, to be looked at by whoever runs this (not compared: layouts change). */
const SHOTS = join(tmpdir(), 'saml-lesson-shots');

/** The SAML lesson in real Chromium: the redirect chain through the SAML IdP, a tampered assertion refused, a phone. */
describe.skipIf(!chromeAvailable())('the SAML lesson in the browser', () => {
  let app: App;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const browser = (page: Page) => page.getByRole('region', { name: 'Browser' });
  const chain = (page: Page) => browser(page).getByRole('list', { name: 'Redirect chain' });

  it('shows the hop to the SAML IdP with its AuthnRequest, the IdP’s POST page, and the tampered assertion refused', async () => {
    const { page, errors } = await openPage(app, '');
    page.setDefaultTimeout(15_000);
    await gotoLesson(page, app, LESSON, 3);
    expect(await chain(page).textContent()).toMatch(
      /GET article-shop\.auth\.us-east-1\.amazoncognito\.com\/oauth2\/authorize\?client_id=.*→ 302 Location: saml\.idp\.example\.com\/sso\?SAMLRequest=/,
    );
    await browser(page).getByText('urn:amazon:cognito:sp:', { exact: false }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Next step', exact: true }).click();
    await atStep(page, 4);
    await browser(page).getByRole('button', { name: 'Continue to the service provider' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'idp-post-page-1280.png') });

    await page.getByRole('button', { name: 'Next step', exact: true }).click();
    await atStep(page, 5);
    const alert = page.locator('.device').first().getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('SAML Assertion signature is invalid.');
    expect(await chain(page).textContent()).toMatch(/POST .*\/saml2\/idpresponse.*→ 302 Location: localhost\/?\?error=server_error/);
    await page.screenshot({ path: join(SHOTS, 'tampered-refused-1280.png') });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('signs Maria in as CorpSAML_<NameID> through /saml2/idpresponse, readable on a 390 px phone', async () => {
    const { page, errors } = await openPage(app, '', { viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(15_000);
    await gotoLesson(page, app, LESSON, 8);
    expect(await chain(page).textContent()).toMatch(/POST .*\/saml2\/idpresponse.*→ 302 Location: localhost\/?\?code=/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(SHOTS, 'checks-text-390.png') });
    await page.getByRole('button', { name: 'App', exact: true }).click();
    await page.locator('.device').first().getByText('Signed in', { exact: false }).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'signed-in-app-390.png') });
    // The long federated username wraps inside the app's screen instead of running past its edge.
    const title = page.locator('.device .screen-title').first();
    const [titleBox, screenBox] = [await title.boundingBox(), await page.locator('.device').first().boundingBox()];
    expect(titleBox!.x + titleBox!.width).toBeLessThanOrEqual(screenBox!.x + screenBox!.width);
    expect(await title.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await gotoLesson(page, app, LESSON, 9);
    await page.getByRole('button', { name: 'Inspectors', exact: true }).click();
    await page.getByRole('tab', { name: 'Tokens', exact: true }).click();
    const tokens = page.getByRole('tabpanel', { name: 'Tokens' });
    await tokens.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'tokens-390.png') });
    await page.waitForFunction(() => document.querySelector('[role="tabpanel"]')?.textContent?.includes('CorpSAML_maria.garcia@example.com'));
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});
