/**
 * The browser suite's harness: builds the production app once (per content hash, shared by every e2e file and worker),
 * serves it as a plain static host would (no fallbacks: a missing file is a 404, which the page's console reports) on
 * 127.0.0.1 at a random port, and drives Debian's Chromium with playwright-core.
 * Without Chromium the suite is skipped with a loud notice, except under CI where it fails.
 */
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `CHROME_PATH`, else Debian's `/usr/bin/chromium`, else `chromium` on the PATH. */
export function findChrome(): string | undefined {
  const candidates = [process.env.CHROME_PATH ?? '/usr/bin/chromium'];
  try {
    candidates.push(execSync('command -v chromium', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // not on the PATH
  }
  return candidates.find((path) => path && existsSync(path));
}

export const CHROME = findChrome();

/** True when the suite should run; false means skip (after a loud notice). Under CI a missing Chromium fails instead. */
export function chromeAvailable(): boolean {
  if (CHROME) return true;
  if (process.env.CI) return true; // run, so beforeAll fails loudly
  console.warn(
    '\n' +
      '!'.repeat(78) +
      '\n!!  BROWSER TESTS SKIPPED: no Chromium found (set CHROME_PATH or `apt-get install -y chromium`).\n!!  Under CI (CI=true) this is a failure.\n' +
      '!'.repeat(78) +
      '\n',
  );
  return false;
}

function hashInputs(): string {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const name of readdirSync(path).sort()) walk(join(path, name));
    else hash.update(path).update(readFileSync(path));
  };
  for (const p of ['src', 'lessons', 'index.html', 'vite.config.ts', 'package.json']) if (existsSync(join(ROOT, p))) walk(join(ROOT, p));
  return hash.update('production').digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let built: Promise<string> | undefined;

/** Builds the production app into a temp outDir once per source state; concurrent callers (other workers) wait for it. */
export function buildOnce(): Promise<string> {
  built ??= (async () => {
    const outDir = join(tmpdir(), `cognito-simulator-e2e-${hashInputs()}`);
    const done = join(outDir, '.complete');
    const lock = `${outDir}.lock`;
    for (let waited = 0; !existsSync(done); waited += 250) {
      try {
        mkdirSync(lock);
      } catch {
        if (waited > 180_000) throw new Error(`Timed out waiting for another worker to build into ${outDir}`);
        await sleep(250);
        continue;
      }
      try {
        if (!existsSync(done)) {
          rmSync(outDir, { recursive: true, force: true });
          // Under vitest NODE_ENV is "test", which would make Vite bundle React's development build.
          const nodeEnv = process.env.NODE_ENV;
          process.env.NODE_ENV = 'production';
          try {
            await build({
              root: ROOT,
              configFile: join(ROOT, 'vite.config.ts'),
              mode: 'production',
              logLevel: 'warn',
              build: { outDir, emptyOutDir: true, manifest: true },
            });
          } finally {
            process.env.NODE_ENV = nodeEnv;
          }
          writeFileSync(done, new Date().toISOString());
        }
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    }
    return outDir;
  })();
  return built;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/** The built site as a static host serves it: files under outDir, `/` as index.html, anything else a 404. */
function serveStatic(outDir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(join(outDir, decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname).replace(/\/$/, '/index.html')));
    if (!path.startsWith(outDir) || !existsSync(path) || !statSync(path).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolveServer, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolveServer({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    });
  });
}

export interface App {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds (once), serves and launches Chromium. */
export async function startApp(): Promise<App> {
  if (!CHROME) throw new Error('Chromium is required for the browser tests (CI is set): install it or set CHROME_PATH.');
  const outDir = await buildOnce();
  const { server, url } = await serveStatic(outDir);
  const browser = await chromium.launch({ executablePath: CHROME, args: LAUNCH_ARGS });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export interface Watched {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /**
   * Wait until the opened lesson is ready, as a learner would before using it (default). Without this a test that
   * navigates at once races the app writing its first address.
   */
  settle?: boolean;
}

/** A fresh page (own storage) that records console errors and page errors. */
export async function openPage(app: App, hash = '', { viewport = { width: 1280, height: 800 }, settle = true }: OpenOptions = {}): Promise<Watched> {
  // No reducedMotion emulation: under it Chromium lays Mermaid's dagre diagrams out ~25 times too large.
  const context = await app.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${app.url}${hash}`);
  if (settle) await ready(page);
  return { page, errors };
}

/** Waits until the lesson (this one, if named; at this 1-based step, if given) is open and nothing is running. */
export async function ready(page: Page, lessonId?: string, step?: number): Promise<void> {
  const lesson = lessonId ? `[data-lesson="${lessonId}"]` : '';
  const at = step ? `[data-step="${step}"]` : '';
  // The prerendered first lesson looks ready before React has taken it over: wait until the app has made a lesson usable.
  await page.waitForFunction(() => performance.getEntriesByName('cognito:interactive').length > 0, undefined, { timeout: 20_000 });
  await page.waitForSelector(`.workspace${lesson}${at}[data-busy="false"]`, { timeout: 20_000 });
}

/** Opens `#/<lessonId>[/<step>]` (a hash change when the app is already loaded) and waits until that lesson is ready. */
export async function gotoLesson(page: Page, app: App, lessonId: string, step?: number): Promise<void> {
  await page.goto(`${app.url}#/${lessonId}${step ? `/${step}` : ''}`);
  await ready(page, lessonId, step);
}

/** Waits until the step counter says step `n` and the lesson is ready again. */
export async function atStep(page: Page, n: number): Promise<void> {
  await page.waitForFunction((s) => document.querySelector('[data-testid="step-counter"]')?.textContent?.startsWith(`Step ${s} of`), n);
  await ready(page);
}

/** "Step 3 of 7" → [3, 7]. */
export async function stepCounter(page: Page): Promise<[number, number]> {
  const text = (await page.getByTestId('step-counter').textContent()) ?? '';
  const match = /Step (\d+) of (\d+)/.exec(text);
  if (!match) throw new Error(`No step counter in "${text}"`);
  return [Number(match[1]), Number(match[2])];
}

/** Answers every quiz visible on the current step (the first option, then checks), as a learner would. */
export async function answerQuizzes(page: Page): Promise<number> {
  const quizzes = page.locator('.step[aria-current="step"] form.quiz');
  const count = await quizzes.count();
  for (let i = 0; i < count; i++) {
    const quiz = quizzes.nth(i);
    await quiz.getByRole('radio').first().check();
    await quiz.getByRole('button', { name: 'Check answer' }).click();
    await quiz
      .locator('.quiz-result')
      .getByText(/Right|Not quite/)
      .waitFor();
  }
  return count;
}

/** The flow state the mock app shows (`signedIn.profileShown`); null for a story, which has no app. */
export function flowState(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('.device')?.getAttribute('data-state') ?? null);
}

/**
 * Walks the open lesson to its last step with "Next step" (or the → key), answering quizzes on the way. Returns the step
 * count. `onStep` sees each step (1-based) once it has settled.
 */
export async function walkLesson(page: Page, how: 'click' | 'keyboard', onStep?: (step: number) => Promise<void>): Promise<number> {
  await ready(page);
  let [step, total] = await stepCounter(page);
  await answerQuizzes(page);
  await onStep?.(step);
  while (step < total) {
    if (how === 'click') await page.getByRole('button', { name: 'Next step', exact: true }).click();
    else await page.keyboard.press('ArrowRight');
    await atStep(page, step + 1);
    [step, total] = await stepCounter(page);
    await answerQuizzes(page);
    await onStep?.(step);
  }
  return total;
}

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.impact} ${v.id}: ${v.help} at ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
  });
  return violations;
}

/** The course as the app builds it, read from lessons/ in Node. */
export async function courseLessons(): Promise<{ id: string; title: string; flow: string; steps: number; states: (string | undefined)[] }[]> {
  const { loadCourse } = await import('../../src/content/load');
  const { lessonFiles } = await import('../support/lessons');
  return loadCourse(lessonFiles('../../lessons/')).lessons.map((l) => ({
    id: l.id,
    title: l.title,
    flow: l.flow,
    steps: l.steps.length,
    states: l.steps.map((s) => s.state),
  }));
}
