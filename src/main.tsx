/**
 * Entry point. The simulation chunk (engine, flows, mock app, inspectors) loads with import() right away and joins when the
 * simulated cloud is ready; Mermaid loads only when a diagram is first drawn.
 * - A first visit already shows the running first lesson, prerendered into index.html at build time (src/ui/prerender.tsx):
 *   it stays until the simulation is ready, and React then hydrates it (adopts the page instead of rebuilding it).
 *   Buttons pressed before that do nothing; the page is usually taken over within a second.
 * - Any other visit (a lesson's address, a saved session, `npm run dev`) renders the course text at once and the running
 *   lesson when the simulation joins.
 */
import { earlyKeys, earlySimulation } from './ui/boot';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { course } from './content';
import type { Simulation } from './ui/simulation';
import { App } from './ui/shell/App';
import { openAddressedLesson, openFirstVisit } from './ui/shell/opening';
import { acceptShareLink, takeShareLink } from './ui/shell/shareOpening';

/** How long a prerendered page waits for the simulation before React takes it over without it. */
const PRERENDER_WAIT_MS = 2000;

const container = document.getElementById('root')!;
// index.html's inline script has already emptied the root when this visit opens somewhere other than the prerendered lesson.
const prerendered = container.firstElementChild !== null;
let root: Root | undefined;
const page = (sim: Simulation | undefined) => (
  <StrictMode>
    <App course={course} sim={sim} />
  </StrictMode>
);
const render = (sim: Simulation | undefined) => {
  if (!root && prerendered && sim) {
    // The prerendered page is this very session's first step: React adopts it instead of rebuilding it.
    root = hydrateRoot(container, page(sim));
    return;
  }
  root ??= createRoot(container);
  root.render(page(sim));
};

// A share link (#share=…) becomes its lesson's address at once; its replay script is opened before the session starts.
takeShareLink(course);
openFirstVisit(course);
if (!prerendered) render(undefined);
else window.setTimeout(() => root || render(undefined), PRERENDER_WAIT_MS);

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    // Storage can be blocked (private mode, sandboxed frames): the course still runs, it just forgets.
    return undefined;
  }
}

const store = storage();
void earlySimulation
  .then(async ({ startSimulation }) => {
    performance.mark('cognito:simulation-loaded');
    // The signing keys arrive once the page is idle (boot.ts): the first lessons (stories) need none.
    const shared = await acceptShareLink(course, store);
    const sim = await startSimulation({ ...(store ? { storage: store } : {}), keys: earlyKeys });
    // A session that could not replay the link says so itself; otherwise the link's own notice.
    sim.startupNotice = sim.startupNotice ?? shared;
    await openAddressedLesson(sim, course);
    return sim;
  })
  .then(
    (sim) => {
      performance.mark('cognito:session-ready');
      // Saves are written just after each step; one still pending when the page goes away is written now.
      window.addEventListener('pagehide', () => sim.session.flush());
      render(sim);
    },
    (error: unknown) => {
      console.error(error);
      (root ??= createRoot(container)).render(
        <div className="page-message panel-error" role="alert">
          <h1>The simulated cloud could not start</h1>
          <p>{error instanceof Error ? error.message : String(error)}</p>
          <p>Reload the page to try again.</p>
        </div>,
      );
    },
  );
