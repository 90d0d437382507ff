import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromeAvailable, courseLessons, openPage, ready, seriousViolations, startApp, stepCounter, type App } from './setup';

const lessons = await courseLessons();
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  // A 1280×720 projector at 150 % zoom.
  { width: 853, height: 480 },
];

const atStep = (page: Page, n: number) =>
  page.waitForFunction((n) => document.querySelector('[data-testid="step-counter"]')?.textContent?.startsWith(`Step ${n} of`), n);

/** Waits until presenter mode's keys are live (its code loads on first use). */
const presenting = (page: Page) => page.locator('.present-bar').waitFor();

/** Where an element sits on screen, or null when it is not rendered. */
const box = (page: Page, selector: string) => page.locator(selector).first().boundingBox();

// Several lessons opened and walked per test: more time than one page load, for a loaded machine.
describe.skipIf(!chromeAvailable())('presenter mode', { timeout: 60_000 }, () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('P turns it on and off, and the address keeps it across a reload', async () => {
    const lesson = lessons.find((l) => l.steps >= 3)!;
    const { page, errors } = await openPage(app, `#/${lesson.id}/2`);
    await page.keyboard.press('p');
    await page.waitForFunction(() => document.documentElement.classList.contains('presenting'));
    expect(page.url()).toContain('present=1');
    await expect.poll(() => page.getByRole('button', { name: 'Present' }).getAttribute('aria-pressed')).toBe('true');
    await page.reload();
    await ready(page, lesson.id, 2);
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(true);
    await presenting(page);
    await page.keyboard.press('ArrowRight');
    await atStep(page, 3);
    expect(page.url()).toMatch(/\/3\?present=1$/);
    await page.keyboard.press('P');
    await page.waitForFunction(() => !document.documentElement.classList.contains('presenting'));
    expect(page.url()).not.toContain('present');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const viewport of SIZES) {
    it(`at ${viewport.width}×${viewport.height}: text, controls and one pane on screen, clicker keys step whatever was clicked`, async () => {
      const lesson = lessons.find((l) => l.id === 'sign-in-and-profile') ?? lessons.find((l) => l.steps >= 4)!;
      const { page, errors } = await openPage(app, `#/${lesson.id}/2?present=1`, { viewport });
      await ready(page, lesson.id, 2);
      await presenting(page);
      const text = await box(page, '.column-lesson .column-scroll');
      const controls = await box(page, '.step-controls');
      const pane = await box(page, '.column-inspectors');
      expect(text!.height).toBeGreaterThan(80);
      expect(controls!.y + controls!.height).toBeLessThanOrEqual(viewport.height);
      expect(pane!.y + pane!.height).toBeLessThanOrEqual(viewport.height + 1);
      expect(await page.locator('.column-app').isVisible()).toBe(false);
      expect(await page.evaluate(() => [window.scrollY, document.documentElement.scrollHeight])).toEqual([0, viewport.height]);
      // Clicking a tab gives the step keys back: → steps instead of moving between tabs.
      await page.getByRole('tab', { name: 'Requests' }).click();
      await page.keyboard.press('ArrowRight');
      await atStep(page, 3);
      await ready(page);
      expect(await page.getByRole('tab', { name: 'Requests' }).getAttribute('aria-selected')).toBe('true');
      await page.keyboard.press('PageUp');
      await atStep(page, 2);
      await ready(page);
      await page.getByRole('button', { name: 'App', exact: true }).click();
      await page.waitForFunction(() => document.documentElement.dataset.presentPane === 'app');
      expect(await page.locator('.column-inspectors').isVisible()).toBe(false);
      await page.keyboard.press('PageDown');
      await atStep(page, 3);
      await ready(page);
      await page.keyboard.press(' ');
      await atStep(page, 4);
      await ready(page);
      expect(page.url()).toContain('present=app');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('G then a number jumps to that step; ? lists the keys; B blanks the screen', async () => {
    const lesson = lessons.find((l) => l.steps >= 4)!;
    const { page, errors } = await openPage(app, `#/${lesson.id}/1?present=1`, { viewport: SIZES[1] });
    await ready(page, lesson.id, 1);
    await presenting(page);
    await page.keyboard.press('g');
    await page.keyboard.press('4');
    await page.getByRole('status').getByText('Go to step 4').waitFor();
    await page.keyboard.press('Enter');
    await atStep(page, 4);
    await ready(page, lesson.id, 4);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Presenter keys' });
    await help.waitFor();
    expect(await help.textContent()).toContain('PageDown');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    await page.keyboard.press('b');
    const blank = page.locator('.present-blank');
    await blank.waitFor();
    expect(await blank.boundingBox()).toEqual({ x: 0, y: 0, width: SIZES[1]!.width, height: SIZES[1]!.height });
    await page.keyboard.press('ArrowRight');
    await blank.waitFor({ state: 'detached' });
    // The key that brought the screen back did not also step.
    expect(await stepCounter(page)).toEqual([4, lesson.steps]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('→ on the last step opens the next lesson, still presenting', async () => {
    const [first, second] = lessons;
    const { page, errors } = await openPage(app, `#/${first!.id}/${first!.steps}?present=1`, { viewport: SIZES[0] });
    await ready(page, first!.id, first!.steps);
    await presenting(page);
    await page.keyboard.press('ArrowRight');
    await ready(page, second!.id, 1);
    expect(page.url()).toContain(`#/${second!.id}/1?present=1`);
    expect(await stepCounter(page)).toEqual([1, second!.steps]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('at 1920×1080 the sequence diagram text is at least 16 px tall, and axe finds nothing serious', async () => {
    const lesson = lessons.find((l) => l.id === 'sign-in-and-profile')!;
    const { page, errors } = await openPage(app, `#/${lesson.id}/5?present=1&tab=sequence`, { viewport: SIZES[0] });
    await ready(page, lesson.id, 5);
    await presenting(page);
    await page.waitForSelector('.column-inspectors .diagram[data-ready="true"] svg text');
    const heights = await page.$$eval('.column-inspectors .diagram-svg svg text', (texts) =>
      texts.map((t) => t.getBoundingClientRect().height).filter((h) => h > 0),
    );
    expect(heights.length).toBeGreaterThan(4);
    // The step's speaker notes show only while presenting.
    const notes = page.locator('.step[aria-current="step"] .speaker-notes');
    expect(await notes.isVisible()).toBe(true);
    await page.keyboard.press('p');
    await page.waitForFunction(() => !document.documentElement.classList.contains('presenting'));
    expect(await notes.isVisible()).toBe(false);
    await page.keyboard.press('p');
    await page.waitForFunction(() => document.documentElement.classList.contains('presenting'));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(16);
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Presenter keys' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('Enlarge shows the Sequence and the State chart full-window, in normal mode and with E, and Escape closes it', async () => {
    const lesson = lessons.find((l) => l.id === 'sign-in-and-profile') ?? lessons.find((l) => l.flow !== 'story')!;
    const { page, errors } = await openPage(app, `#/${lesson.id}/4`, { viewport: { width: 1280, height: 800 } });
    await ready(page, lesson.id, 4);
    const dialog = page.getByRole('dialog', { name: 'Enlarged diagram' });
    for (const tab of ['Sequence', 'State chart']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForSelector('.column-inspectors .diagram[data-ready="true"] svg');
      await page.locator('.column-inspectors').getByRole('button', { name: 'Enlarge' }).click();
      await dialog.waitFor();
      const drawn = await dialog.locator('svg').first().boundingBox();
      expect(drawn!.width).toBeGreaterThan(1000);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('e');
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await stepCounter(page)).toEqual([4, lesson.steps]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('polls the room: a quiz holds its answer until revealed', async () => {
    const course = await courseLessons();
    const { loadCourse } = await import('../../src/content/load');
    const { lessonFiles } = await import('../support/lessons');
    const full = loadCourse(lessonFiles('../../lessons/')).lessons;
    const withQuiz = full.find((l) => l.steps.some((s) => s.quiz))!;
    const at = withQuiz.steps.findIndex((s) => s.quiz) + 1;
    const quiz = withQuiz.steps[at - 1]!.quiz!;
    expect(course.map((l) => l.id)).toContain(withQuiz.id);
    const { page, errors } = await openPage(app, `#/${withQuiz.id}/${at}?present=1`, { viewport: SIZES[1] });
    await ready(page, withQuiz.id, at);
    await presenting(page);
    const poll = page.locator('.step[aria-current="step"] .poll');
    await poll.getByText('Poll the room').waitFor();
    expect(await poll.getByRole('button', { name: 'Check answer' }).count()).toBe(0);
    expect(await poll.locator('.quiz-result').textContent()).toBe('');
    await poll.getByRole('button', { name: 'Reveal the answer' }).click();
    expect(await poll.locator('.quiz-result').textContent()).toContain(quiz.options[quiz.answer]!);
    expect(await poll.locator('.is-right').textContent()).toContain(quiz.options[quiz.answer]!);
    // The click gave the keys back: → steps on.
    await page.keyboard.press('ArrowRight');
    await atStep(page, Math.min(at + 1, withQuiz.steps.length));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reveals a step’s requests one key at a time, pausing before each answer', async () => {
    const lesson = lessons.find((l) => l.id === 'sign-in-and-profile')!;
    // Step 3 reads the app client and sends it back: two requests.
    const { page, errors } = await openPage(app, `#/${lesson.id}/2?present=1&reveal=pause&tab=sequence`, { viewport: SIZES[0] });
    await ready(page, lesson.id, 2);
    await presenting(page);
    const current = page.locator('.sequence-panel .transcript li.is-current');
    const texts = () => current.allInnerTexts();
    await page.keyboard.press('ArrowRight');
    await atStep(page, 3);
    await ready(page);
    // The step points at a field in the Requests tab; the Sequence tab reveals the same way.
    await page.getByRole('tab', { name: 'Sequence' }).click();
    await page.getByText('Revealing this step: 0 of 2 requests shown').waitFor();
    expect(await current.count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(texts)
      .toEqual([expect.stringMatching(/^App → User pool: DescribeUserPoolClient/), expect.stringMatching(/^What will the user pool answer\?/)]);
    await page.locator('.sequence-panel .diagram[data-ready="true"]').waitFor();
    expect(await page.locator('.sequence-panel svg').textContent()).toContain('What will the user pool answer?');
    expect(await stepCounter(page)).toEqual([3, lesson.steps]);
    await page.keyboard.press('PageDown');
    await expect.poll(async () => (await texts()).length).toBe(2);
    expect((await texts())[1]).toMatch(/^User pool → App: 200/);
    await page.keyboard.press(' ');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await texts()).length).toBe(4);
    expect(await page.getByText(/Revealing this step/).count()).toBe(0);
    // Everything shown: the next key moves on.
    await page.keyboard.press('ArrowRight');
    await atStep(page, 4);
    await ready(page);
    // Back with ←: the step shows whole.
    await page.keyboard.press('ArrowLeft');
    await atStep(page, 3);
    await ready(page);
    await page.getByRole('tab', { name: 'Sequence' }).click();
    await expect.poll(async () => (await texts()).length).toBe(4);
    // Turning reveal off in the bar leaves the address without it.
    await page.getByRole('combobox', { name: 'Reveal' }).selectOption('all');
    await expect.poll(() => page.url()).not.toContain('reveal=');
    expect(page.url()).toContain('present=1');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
