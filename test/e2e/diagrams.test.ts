import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromeAvailable, openPage, ready, startApp, type App } from './setup';

const LESSON = 'sign-in-and-profile';

/** Opens the lesson's Sequence tab and waits for its diagram, drawn for the room it has now. */
async function sequenceAt(page: Page, step: number) {
  await ready(page, LESSON, step);
  await page.getByRole('tab', { name: 'Sequence' }).click();
  await page.waitForSelector('.column-inspectors .diagram[data-ready="true"] svg text');
}

/** The on-screen height of every label of the diagram (a wrapped label is one text element per line). */
const labelHeights = (page: Page) =>
  page.$$eval('.column-inspectors .diagram-svg svg text', (texts) => texts.map((t) => t.getBoundingClientRect().height).filter((h) => h > 0));

/** The diagram box's scrolling width beyond what it shows: 0 when nothing scrolls sideways. */
const sidewaysOverflow = (page: Page) => page.$eval('.column-inspectors .diagram', (box) => box.scrollWidth - box.clientWidth);

describe.skipIf(!chromeAvailable())('sequence diagrams fit their panel', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('at 1920×1080 with Large text, outside presenter mode, every label is at least 16 px tall', async () => {
    const { page, errors } = await openPage(app, `#/${LESSON}/6`, { viewport: { width: 1920, height: 1080 } });
    await sequenceAt(page, 6);
    const before = Math.min(...(await labelHeights(page)));
    await page.getByRole('button', { name: 'Large text' }).click();
    await page.waitForFunction(() => document.documentElement.classList.contains('large-text'));
    // Redrawn for the larger root size: wait until the labels have grown.
    await page.waitForFunction((floor) => {
      const texts = [...document.querySelectorAll('.column-inspectors .diagram[data-ready="true"] .diagram-svg svg text')];
      const heights = texts.map((t) => t.getBoundingClientRect().height).filter((h) => h > 0);
      return heights.length > 0 && Math.min(...heights) > floor;
    }, before);
    const heights = await labelHeights(page);
    expect(heights.length).toBeGreaterThan(10);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(16);
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(false);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('at 1280×800 the diagram needs no sideways scrolling and its labels stay readable', async () => {
    const { page, errors } = await openPage(app, `#/${LESSON}/6`, { viewport: { width: 1280, height: 800 } });
    await sequenceAt(page, 6);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    const svg = await page.locator('.column-inspectors .diagram-svg svg').boundingBox();
    const box = await page.locator('.column-inspectors .diagram').boundingBox();
    expect(svg!.x + svg!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
    expect(Math.min(...(await labelHeights(page)))).toBeGreaterThanOrEqual(11);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('redraws for a wider window: the labels grow with the panel', async () => {
    const { page, errors } = await openPage(app, `#/${LESSON}/6`, { viewport: { width: 1280, height: 800 } });
    await sequenceAt(page, 6);
    const narrow = Math.min(...(await labelHeights(page)));
    await page.setViewportSize({ width: 2400, height: 1000 });
    await page.waitForFunction((floor) => {
      const texts = [...document.querySelectorAll('.column-inspectors .diagram[data-ready="true"] .diagram-svg svg text')];
      const heights = texts.map((t) => t.getBoundingClientRect().height).filter((h) => h > 0);
      return heights.length > 0 && Math.min(...heights) > floor;
    }, narrow);
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe.skipIf(!chromeAvailable())('the federation story', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('keeps its two casts apart: the concert and Cognito each in a box with their own participants', async () => {
    const { page, errors } = await openPage(app, '#/federation/9');
    await ready(page, 'federation', 9);
    const story = page.getByRole('region', { name: 'Story diagram' });
    await story.locator('.diagram[data-ready="true"] svg text').first().waitFor();
    const boxes = await story.locator('.diagram-svg svg').evaluate((svg) => {
      // Mermaid draws each `box` as a group of a frame and its title, straight under the SVG.
      const frames = [...svg.children].filter((g) => g.tagName === 'g' && g.firstElementChild?.tagName === 'rect' && g.querySelector(':scope > text'));
      const lifelines = [...svg.querySelectorAll('line.actor-line')].map((line) => ({ name: line.getAttribute('name'), x: line.getBoundingClientRect().x }));
      return frames.map((g) => {
        const frame = g.firstElementChild!.getBoundingClientRect();
        return {
          title: g.querySelector(':scope > text')!.textContent,
          participants: lifelines
            .filter((l) => l.x > frame.left && l.x < frame.right)
            .sort((a, b) => a.x - b.x)
            .map((l) => l.name),
        };
      });
    });
    expect(boxes.sort((a, b) => (a.title! < b.title! ? 1 : -1))).toEqual([
      { title: 'The concert', participants: ['Concert hall', 'Ticket site', 'Fan'] },
      { title: 'In Cognito', participants: ['App', 'User pool', 'Identity pool'] },
    ]);
    // The transcript names each cast where it begins.
    const items = story.locator('.transcript li');
    expect(await items.nth(0).textContent()).toMatch(/^The concert: Concert hall → Ticket site/);
    expect(await items.nth(5).textContent()).toMatch(/^In Cognito: App → User pool/);
    expect(await items.nth(6).textContent()).not.toContain('In Cognito');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
