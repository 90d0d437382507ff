import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { loadCourse } from './src/content/parse.ts';
import { MARKDOWN_SOURCES, type Course } from './src/content/types.ts';

const LESSONS = resolve(import.meta.dirname, 'lessons');
const COURSE_ID = 'virtual:cognito-course';
const PRERENDER = resolve(import.meta.dirname, 'src/ui/prerender.tsx');

/** Every lesson in lessons/, parsed (and its Markdown rendered) by src/content. */
function readCourse(watch: (path: string) => void = () => undefined): Course {
  const files: Record<string, string> = {};
  for (const name of readdirSync(LESSONS).filter((f) => f.endsWith('.md'))) {
    const path = join(LESSONS, name);
    watch(path);
    files[`../../lessons/${name}`] = readFileSync(path, 'utf8');
  }
  return loadCourse(files);
}

/**
 * The course, parsed when the site is built (and on each change under `npm run dev`), so the browser receives ready lessons
 * instead of parsing YAML and front matter before its first paint. A malformed lesson still arrives, as a problem naming its file.
 */
function prebuiltCourse(): Plugin {
  return {
    name: 'cognito-simulator:course',
    resolveId: (id) => (id === COURSE_ID ? `\0${COURSE_ID}` : undefined),
    load(id) {
      if (id !== `\0${COURSE_ID}`) return undefined;
      const sources: readonly string[] = MARKDOWN_SOURCES;
      const course = JSON.stringify(readCourse((path) => this.addWatchFile(path)), (key, value: unknown) => (sources.includes(key) ? undefined : value));
      return `export default ${course};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(LESSONS)) return;
      const module = server.moduleGraph.getModuleById(`\0${COURSE_ID}`);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}

/**
 * The simulation chunk (engine, flows, app, inspectors) is loaded with import() so it never blocks the first paint; a
 * modulepreload link lets the browser fetch and compile it while the entry chunk runs, instead of only afterwards.
 */
function preloadSimulation(): Plugin {
  return {
    name: 'cognito-simulator:preload-simulation',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isDynamicEntry && c.name === 'simulation');
        return chunk ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }] : [];
      },
    },
  };
}

/**
 * The first lesson as static HTML inside `<div id="root">` (src/ui/prerender.tsx), so a first visit paints it before any
 * JavaScript has run. Build only: `npm run dev` starts from an empty root.
 */
function prerender(): Plugin {
  return {
    name: 'cognito-simulator:prerender',
    apply: 'build',
    async transformIndexHtml(html) {
      // Loaded through Vite's module runner (TSX, the app's own imports) rather than bundled into this config.
      const { module } = await runnerImport<typeof import('./src/ui/prerender.tsx')>(PRERENDER, { configFile: false, logLevel: 'error' });
      const page = await module.prerenderFirstLesson(readCourse());
      if (!page) return html;
      return html.replace('<div id="root"></div>', `<div id="root">${page.html}</div>\n    <script>\n${page.script}\n    </script>`);
    },
  };
}

/**
 * The stylesheet goes inside index.html instead of beside it: the prerendered lesson can then be laid out and painted while
 * the scripts are still downloading, instead of after a second round trip. (About 6 KB gzipped.)
 */
function inlineStylesheet(): Plugin {
  return {
    name: 'cognito-simulator:inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle ?? {};
        return html.replace(/<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g, (tag, fileName: string) => {
          const asset = bundle[fileName];
          if (!asset || asset.type !== 'asset') return tag;
          delete bundle[fileName];
          return `<style>${String(asset.source).replace(/<\/style/gi, '<\\/style')}</style>`;
        });
      },
    },
  };
}

// `base: './'` makes the built site work from any sub-path (a project page, a folder on a share).
export default defineConfig({
  base: './',
  plugins: [react(), prebuiltCourse(), prerender(), preloadSimulation(), inlineStylesheet()],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
