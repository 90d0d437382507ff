import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

// `base: './'` makes the built site work from any sub-path (a project page, a folder on a share).
export default defineConfig({
  base: './',
  plugins: [react(), preloadSimulation()],
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
