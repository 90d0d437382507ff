import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { atStep, chromeAvailable, gotoLesson, openPage, seriousViolations, startApp, walkLesson, type App } from './setup';

const LESSON = 'an-identity-pool-with-a-social-token';
/** Where the walk's screenshots go, for a person to look at (nothing compares them). */
const SHOTS = join(tmpdir(), 'cognito-simulator-screenshots');

/** "An identity pool with a social token" as a learner walks it in real Chromium: Google's pages, the identity, S3. */
describe.skipIf(!chromeAvailable())('federation: Google’s ID token straight to an identity pool', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  const browserOf = (page: Page) => page.getByRole('region', { name: 'Browser' });
  const chainOf = (page: Page) => browserOf(page).getByRole('list', { name: 'Redirect chain' });
  const device = (page: Page) => page.locator('.device').first();

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`walks the lesson at ${viewport.width}×${viewport.height}: Google’s pages with the redirect chain, the identity, the credentials and the denial in words`, async () => {
      const { page, errors } = await openPage(app, '', { viewport });
      page.setDefaultTimeout(15_000);
      await gotoLesson(page, app, LESSON, 1);
      const shot = async (name: string, pane: 'App' | 'Inspectors' = 'App', about?: Locator) => {
        // On a phone the columns stack: jump to the pane the step is about, as a learner would, then to what it shows.
        if (viewport.width < 600) await page.getByRole('button', { name: pane, exact: true }).click();
        await (about ?? device(page)).scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SHOTS, `federation-${name}-${viewport.width}.png`) });
      };
      const steps = await walkLesson(page, 'click', async (step) => {
        if (step === 1) {
          await device(page).getByRole('button', { name: 'Sign in with Google' }).waitFor();
          expect(await seriousViolations(page)).toEqual([]);
        }
        if (step === 2) {
          // The authorize request and its 302 to Google's sign-in page, labelled simulated.
          expect(await chainOf(page).textContent()).toMatch(
            /GET accounts\.google\.com\/o\/oauth2\/v2\/auth\?client_id=.*→ 302 Location: \/v3\/signin\/identifier\?/,
          );
          await browserOf(page).getByText('Simulated Google — not Google', { exact: false }).first().waitFor();
          await browserOf(page).getByRole('heading', { name: 'Sign in with Google' }).waitFor();
          await shot('google-sign-in');
          expect(await seriousViolations(page)).toEqual([]);
        }
        if (step === 3) {
          await browserOf(page).getByText('Photo Notes wants to access your Google Account', { exact: false }).waitFor();
          expect(await chainOf(page).textContent()).toMatch(/POST accounts\.google\.com\/v3\/signin\/identifier\?.*→ 302 .*Set-Cookie: SID/);
          await shot('google-consent');
        }
        if (step === 4) {
          // Back at the app with the ID token in the fragment; the app shows what it says.
          expect(await chainOf(page).textContent()).toMatch(/POST accounts\.google\.com\/signin\/oauth\/consent\?.*→ 302 Location: localhost\/#state=/);
          const claims = device(page).locator('dl[aria-label="Google’s ID token"]');
          expect(await claims.textContent()).toContain('https://accounts.google.com');
          expect(await claims.textContent()).toContain('123456789012-photonotesspa.apps.googleusercontent.com');
          expect(await claims.textContent()).toContain('jane.doe@gmail.com');
          await shot('google-token');
          expect(await seriousViolations(page)).toEqual([]);
        }
        if (step === 5) expect(await device(page).getByTestId('identity-id').textContent()).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
        if (step === 6) {
          expect(await device(page).locator('dl[aria-label="Credentials the app holds"]').textContent()).toMatch(/ASIA/);
          await page.getByRole('tab', { name: 'Sequence', exact: true }).click();
          const sequence = page.getByRole('tabpanel', { name: 'Sequence' });
          await sequence.getByText('AssumeRoleWithWebIdentity', { exact: false }).first().waitFor();
          await shot('sequence', 'Inspectors', sequence);
          await page.getByRole('tab', { name: 'Credentials', exact: true }).click();
          await page.getByRole('tabpanel', { name: 'Credentials' }).getByText('CognitoIdentityCredentials', { exact: false }).first().waitFor();
          expect(await seriousViolations(page)).toEqual([]);
        }
        if (step === 8) {
          const denied = device(page).getByRole('region', { name: "The last request's answer" });
          expect(await denied.textContent()).toContain('Denied: 403');
          expect(await denied.textContent()).toContain('AccessDenied');
          expect(await denied.textContent()).toContain('is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::photo-notes"');
          await shot('denied', 'App', denied);
          expect(await seriousViolations(page)).toEqual([]);
        }
        if (step === 10)
          expect(await chainOf(page).textContent()).toMatch(/GET accounts\.google\.com\/o\/oauth2\/v2\/auth\?.*→ 302 Location: localhost\/#state=/);
      });
      expect(steps).toBe(15);
      await atStep(page, 15);
      expect(errors).toEqual([]);
    }, 180_000);
  }
});
