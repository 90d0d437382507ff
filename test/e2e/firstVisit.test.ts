import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, chromeAvailable, courseLessons, ready, startApp, stepCounter, type App } from './setup';

const lessons = await courseLessons();
const [first] = lessons;

/** The first lesson is prerendered into index.html: what a learner sees before and after the scripts run. */
describe.skipIf(!chromeAvailable())('a first visit', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the first lesson before any script has run', async () => {
    const context = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(app.url);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(first!.title);
    expect(await page.locator('.step').count()).toBe(first!.steps);
    // The running lesson's first step, as the session has it: the app and the inspectors are there too (a story's diagram).
    expect(await page.locator('.workspace').getAttribute('data-step')).toBe('1');
    if (first!.flow === 'story') expect(await page.getByRole('region', { name: 'Story diagram' }).count()).toBe(1);
    else expect(await page.getByRole('tab', { name: 'Sequence' }).count()).toBe(1);
    // Styled from the page itself (the stylesheet is inlined): the lesson column is laid out beside the others.
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
    expect(await page.locator('.column-lesson').evaluate((el) => getComputedStyle(el).display)).not.toBe('inline');
    await context.close();
  });

  it('shows nothing of it when the address opens another lesson, even while the scripts are still loading', async () => {
    const context = await app.browser.newContext();
    await context.route(/\.js$/, () => undefined); // never answered: the page stays as the HTML left it
    const page = await context.newPage();
    await page.goto(`${app.url}#/sign-up`, { waitUntil: 'commit' });
    await page.locator('noscript').waitFor({ state: 'attached' }); // parsed past the root and its inline script
    expect(await page.locator('#root').innerHTML()).toBe('');
    await context.close();
  });

  it('becomes the running lesson in place: one page, stepped with "Next step", without console errors', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    // Hold the simulation chunk back a moment, to mark the prerendered page before React takes it over.
    await context.route(/simulation-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    await page.goto(app.url, { waitUntil: 'commit' });
    await page.locator('h1').waitFor({ state: 'attached' });
    await page.evaluate(() => Object.assign(document.querySelector('h1')!, { prerendered: true }));
    await ready(page, first!.id, 1);
    expect(await page.locator('.shell').count()).toBe(1);
    // Hydrated, not rebuilt: the very heading the HTML brought is still in the page.
    expect(await page.evaluate(() => (document.querySelector('h1') as HTMLElement & { prerendered?: boolean }).prerendered)).toBe(true);
    expect(page.url()).toMatch(new RegExp(`#/${first!.id}/1$`));
    await page.getByRole('button', { name: 'Next step', exact: true }).click();
    await ready(page, first!.id, 2);
    expect(await stepCounter(page)).toEqual([2, first!.steps]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the user pool’s code and model only when a lesson first calls it', async () => {
    const manifest = JSON.parse(readFileSync(join(await buildOnce(), '.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
    const lazy = ['src/engine/userPool/actions.ts', 'src/engine/protocol/models/cognito-idp.json'].map((source) => manifest[source]!.file);
    const story = lessons.find((l) => l.flow === 'story');
    const calling = lessons.find((l) => l.flow !== 'story');
    expect(story && calling, 'a story lesson and a lesson that calls the cloud').toBeTruthy();
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname.slice(1)));
    await page.goto(`${app.url}#/${story!.id}`);
    await ready(page, story!.id);
    await page.getByRole('button', { name: 'Next step', exact: true }).click();
    await ready(page, story!.id, 2);
    expect(fetched.filter((file) => lazy.includes(file))).toEqual([]);
    await page.goto(`${app.url}#/${calling!.id}`);
    await ready(page, calling!.id);
    await page.waitForFunction(() => document.querySelector('.workspace')?.getAttribute('data-busy') === 'false');
    expect(fetched.filter((file) => lazy.includes(file)).sort()).toEqual([...lazy].sort());
    await context.close();
  });
});
