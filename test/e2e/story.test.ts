import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromeAvailable, courseLessons, gotoLesson, openPage, ready, startApp, type App } from './setup';

const lessons = await courseLessons();
const stories = lessons.filter((l) => l.flow === 'story');

/** A story lesson is the text and one large sequence diagram: no mock app, no Guided/Free toggle, no inspector tabs. */
describe.skipIf(!chromeAvailable())('a story lesson', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it.each(stories)('"$title" shows its text beside one diagram that grows a message per step', async ({ id }) => {
    const { page, errors } = await openPage(app);
    await gotoLesson(page, app, id, 1);
    expect(await page.getByRole('region', { name: 'Your app' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Free mode' }).count()).toBe(0);
    expect(await page.getByRole('tab').count()).toBe(0);
    const story = page.getByRole('region', { name: 'Story diagram' });
    const before = await story.locator('.transcript li').count();
    await page.getByRole('button', { name: 'Next step', exact: true }).click();
    await ready(page, id, 2);
    await story.locator('.diagram[data-ready="true"]').waitFor();
    expect(await story.locator('.transcript li').count()).toBe(before + 1);
    // Its width, not a third of the screen: the diagram fills most of the window beside the text.
    const box = await story.locator('.diagram svg').boundingBox();
    expect(box!.width).toBeGreaterThan(500);
    // Plain words: no action names or "Next message" beside the steps.
    expect(await page.locator('.column-lesson').textContent()).not.toMatch(/story\.tell|Next message|Done for you/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
