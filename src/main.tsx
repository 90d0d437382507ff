/**
 * Entry point. The course (lesson text, contents, quizzes) renders at once; the simulation chunk (engine, flows, mock app,
 * inspectors) loads with import() right away and joins when the simulated cloud is ready. Mermaid loads only when a
 * diagram is first drawn.
 */
import { earlyKeys, earlySimulation } from './ui/boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { course } from './content';
import type { Simulation } from './ui/simulation';
import { App } from './ui/shell/App';
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/lesson.css';
import './ui/styles/app.css';
import './ui/styles/inspectors.css';
import './ui/styles/tokens.css';

const root = createRoot(document.getElementById('root')!);
const render = (sim: Simulation | undefined) =>
  root.render(
    <StrictMode>
      <App course={course} sim={sim} />
    </StrictMode>,
  );

render(undefined);

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
    // The keys keep generating in the background: the first lessons (stories) need none.
    return startSimulation({ ...(store ? { storage: store } : {}), keys: earlyKeys });
  })
  .then(
    (sim) => {
      performance.mark('cognito:session-ready');
      render(sim);
    },
    (error: unknown) => {
      console.error(error);
      root.render(
        <div className="page-message panel-error" role="alert">
          <h1>The simulated cloud could not start</h1>
          <p>{error instanceof Error ? error.message : String(error)}</p>
          <p>Reload the page to try again.</p>
        </div>,
      );
    },
  );
