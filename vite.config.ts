import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { runnerImport, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { bundle } from 'lightningcss';
import { isCourseFile } from './src/content/chapters.ts';
import { loadCourse } from './src/content/load.ts';
import { splitCourse } from './src/content/texts.ts';
import { MARKDOWN_SOURCES, type Course } from './src/content/types.ts';

const LESSONS = resolve(import.meta.dirname, 'lessons');
const COURSE_ID = 'virtual:cognito-course';
/** One module a lesson: `virtual:cognito-course/text/<lesson id>`, its text (src/content/texts.ts). */
const TEXT_PREFIX = `${COURSE_ID}/text/`;
const PRERENDER = resolve(import.meta.dirname, 'src/ui/prerender.tsx');
const STYLESHEET = resolve(import.meta.dirname, 'src/ui/styles/index.css');
/** What the scripts are compiled for. */
const BUILD_TARGET = 'es2022';
/** The browsers BUILD_TARGET reaches (Vite's own es2022 table), in lightningcss's notation: the inlined CSS is lowered for the same. Change both together. */
const CSS_TARGETS = { chrome: 94 << 16, edge: 94 << 16, firefox: 93 << 16, opera: 80 << 16, safari: (16 << 16) | (4 << 8), ios_saf: (16 << 16) | (4 << 8) };

/** Every chapter and lesson under lessons/ (chapter folders read recursively), parsed and rendered by src/content. */
function readCourse(watch: (path: string) => void = () => undefined): Course {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(LESSONS, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !isCourseFile(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    watch(path);
    files[`../../lessons/${relative(LESSONS, path).replace(/\\/g, '/')}`] = readFileSync(path, 'utf8');
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
    resolveId: (id) => (id === COURSE_ID || id.startsWith(TEXT_PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${COURSE_ID}` && !id.startsWith(`\0${TEXT_PREFIX}`)) return undefined;
      const sources: readonly string[] = MARKDOWN_SOURCES;
      const json = (value: unknown) => JSON.stringify(value, (key, member: unknown) => (sources.includes(key) ? undefined : member));
      const { outline, texts } = splitCourse(readCourse((path) => this.addWatchFile(path)));
      // A lesson's text is a chunk of its own, loaded when the lesson opens (src/content/texts.ts); the first lesson's comes with the page.
      if (id !== `\0${COURSE_ID}`) return `export default ${json(texts[id.slice(TEXT_PREFIX.length + 1)] ?? null)};`;
      const loaders = Object.keys(texts).map((lessonId) => `${JSON.stringify(lessonId)}: () => import(${JSON.stringify(TEXT_PREFIX + lessonId)})`);
      return `export default ${json(outline)};\nexport const texts = {${loaders.join(',')}};`;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(LESSONS)) return;
      for (const module of server.moduleGraph.idToModuleMap.values()) if (module.id?.startsWith(`\0${COURSE_ID}`)) server.moduleGraph.invalidateModule(module);
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
 * the scripts are still downloading, instead of after a second round trip (about 6 KB gzipped). It is bundled and minified
 * here, outside the module graph: a stylesheet the entry chunk imported would be listed in every lazy chunk's preload
 * list, and fetching that file, which is not there, would fail Mermaid's import. `npm run dev` serves the link as it is.
 */
function inlineStylesheet(): Plugin {
  const link = '<link rel="stylesheet" href="/src/ui/styles/index.css" />';
  return {
    name: 'cognito-simulator:inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(link)) throw new Error(`index.html no longer links the stylesheet as ${link}`);
        const { code, warnings } = bundle({ filename: STYLESHEET, minify: true, targets: CSS_TARGETS });
        for (const w of warnings) console.warn(`${w.loc.filename}:${w.loc.line}: ${w.message}`);
        const css = code.toString().replace(/<\/style/gi, '<\\/style');
        // A function, so `$&` or `$$` in the CSS are not read as replacement patterns.
        return html.replace(link, () => `<style>${css}</style>`);
      },
    },
  };
}

/**
 * xml-core (under xmldsigjs) uses the page's DOMParser, XMLSerializer and document.evaluate whenever they exist, and the
 * dependencies given to `setNodeDependencies` only where they do not. The engine's SAML code (src/engine/saml/dom.ts)
 * gives it @xmldom/xmldom and xpath, so that it reads and signs XML the same way in Node and in the browser, with one
 * DOM: this makes xml-core always use those (in the build, in `npm run dev`'s pre-bundled dependencies and, with
 * `server.deps.inline`, in the tests).
 */
function xmlCoreWithoutGlobals(): Plugin {
  const replacements: [string, string][] = [
    ["typeof DOMParser !== 'undefined'", 'false'],
    ["typeof XMLSerializer !== 'undefined'", 'false'],
    ["typeof self !== 'undefined' ? SelectNodesEx : SelectNodesNode", 'SelectNodesNode'],
  ];
  return {
    name: 'cognito-simulator:xml-core-without-globals',
    transform(code, id) {
      if (!/node_modules[\\/]xml-core[\\/]build[\\/]esm[\\/]utils\.js$/.test(id)) return undefined;
      for (const [from, to] of replacements) {
        if (!code.includes(from)) throw new Error(`xml-core changed: ${from} is not in ${id}`);
        code = code.replace(from, to);
      }
      return { code, map: null };
    },
  };
}

// `base: './'` makes the built site work from any sub-path (a project page, a folder on a share).
export default defineConfig({
  base: './',
  plugins: [react(), xmlCoreWithoutGlobals(), prebuiltCourse(), prerender(), preloadSimulation(), inlineStylesheet()],
  optimizeDeps: { rolldownOptions: { plugins: [xmlCoreWithoutGlobals()] } },
  build: {
    target: BUILD_TARGET,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // React in a chunk of its own: it changes far less often than the app (a returning learner keeps it cached), and
        // the browser fetches and compiles it beside the small entry chunk.
        codeSplitting: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
      },
    },
  },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A DOMParser for the tests that run in Node (the simulated browser reads forms with it).
    setupFiles: ['test/support/domParser.ts'],
    // Through Vite's plugins, so xmlCoreWithoutGlobals applies in the tests too.
    server: { deps: { inline: ['xmldsigjs', 'xml-core'] } },
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
