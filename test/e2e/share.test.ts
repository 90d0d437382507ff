import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { initialJsBytes } from '../bench/browser';
import { buildOnce, chromeAvailable, gotoLesson, openPage, ready, startApp, stepCounter, type App } from './setup';

const LESSON = 'inside-the-tokens';
const STEP = 4;

const currentStepText = (page: Page) => page.locator('.step[aria-current="step"]').innerText();
const noticeText = (page: Page) => page.locator('.notice').allInnerTexts();

/** A share link made in one browser opens the same lesson, step, text and tab in a fresh one (issue 9 §5, §7). */
describe.skipIf(!chromeAvailable())('share links', () => {
  let app: App;
  let link: string;
  let sharer: Page;
  beforeAll(async () => {
    app = await startApp();
    ({ page: sharer } = await openPage(app, ''));
    await gotoLesson(sharer, app, LESSON, STEP);
    await sharer.getByRole('tab', { name: 'Tokens' }).click();
    await sharer.getByRole('button', { name: 'Share', exact: true }).click();
    const box = sharer.getByRole('textbox', { name: /link/ });
    await box.waitFor();
    link = await box.inputValue();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the link with Copy and a QR code of it', async () => {
    expect(link).toMatch(new RegExp(`#share=1/${LESSON}/${STEP}/`));
    expect(link.length).toBeLessThan(2000);
    const dialog = sharer.getByRole('dialog');
    await expect(dialog.getByRole('button', { name: 'Copy the share link' }).isVisible()).resolves.toBe(true);
    await dialog.getByRole('img', { name: 'QR code of the share link' }).locator('svg').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await sharer.getByRole('dialog').count()).toBe(0);
  });

  it('opens the same lesson, step, text and tab in a fresh browser, at the lesson’s own address', async () => {
    const { page, errors } = await openPage(app, link.slice(app.url.length), { settle: false });
    await ready(page, LESSON, STEP);
    expect(await stepCounter(page)).toEqual(await stepCounter(sharer));
    expect(await currentStepText(page)).toBe(await currentStepText(sharer));
    // The lesson's own address, which names the open tab.
    expect(page.url()).toBe(`${app.url}#/${LESSON}/${STEP}?tab=tokens`);
    expect(await page.getByRole('tab', { name: 'Tokens' }).getAttribute('aria-selected')).toBe('true');
    expect((await noticeText(page)).join(' ')).toMatch(/You opened a share link/);
    expect(await page.locator('.device').getAttribute('data-state')).toBe(await sharer.locator('.device').getAttribute('data-state'));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('carries presenter mode and its reveal setting to the fresh browser', async () => {
    const { page: presenter } = await openPage(app, `#/${LESSON}/${STEP}?present=app&reveal=pause`);
    await ready(presenter, LESSON, STEP);
    await presenter.locator('.present-bar').waitFor();
    await presenter.getByRole('button', { name: 'Share', exact: true }).click();
    const presented = await presenter.getByRole('textbox', { name: /link/ }).inputValue();
    await presenter.context().close();
    const { page, errors } = await openPage(app, presented.slice(app.url.length), { settle: false });
    await ready(page, LESSON, STEP);
    await page.waitForFunction(() => document.documentElement.dataset.presentPane === 'app');
    expect(page.url()).toMatch(/present=app/);
    expect(page.url()).toMatch(/reveal=pause/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a damaged link’s lesson at its first step, with a notice', async () => {
    const { page, errors } = await openPage(app, link.slice(app.url.length, -40), { settle: false });
    await ready(page, LESSON, 1);
    expect((await noticeText(page)).join(' ')).toMatch(/This share link could not be opened: .*damaged.*opens at its first step/);
    expect(page.url()).toMatch(new RegExp(`#/${LESSON}/1(\\?tab=\\w+)?$`));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('loads lz-string and the QR library only with the dialog, not in the initial JS', async () => {
    const outDir = await buildOnce();
    const initial = initialJsBytes(outDir).files.map((file) => readFileSync(join(outDir, file), 'utf8'));
    const lzAlphabet = '0123456789+-$';
    const qrMessage = 'too big to be stored in a QR Code';
    expect(initial.some((code) => code.includes(lzAlphabet))).toBe(false);
    expect(initial.some((code) => code.includes(qrMessage))).toBe(false);
    // They are in the build, in the chunks the dialog loads.
    const all = Object.values(JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as { file: string }[])
      .map(({ file }) => file)
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(outDir, file), 'utf8'));
    expect(all.some((code) => code.includes(lzAlphabet))).toBe(true);
    expect(all.some((code) => code.includes(qrMessage))).toBe(true);
  });
});
