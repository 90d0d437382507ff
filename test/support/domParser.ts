import { createRequire } from 'node:module';

// Node has no DOMParser; the browser does, and the simulated browser finds a page's forms with it. Tests that run in
// Node get happy-dom's, made the first time something asks (so files that never parse HTML never load happy-dom).
if (typeof globalThis.DOMParser === 'undefined') {
  let parser: typeof DOMParser | undefined;
  Object.defineProperty(globalThis, 'DOMParser', {
    configurable: true,
    get() {
      if (!parser) {
        const { Window } = createRequire(import.meta.url)('happy-dom') as typeof import('happy-dom');
        parser = new Window().DOMParser as unknown as typeof DOMParser;
      }
      return parser;
    },
  });
}
