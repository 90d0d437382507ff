/**
 * Mermaid, loaded on first use with `import()` so it never weighs on the first paint. Renders run one at a time
 * (mermaid keeps global state while laying out) and finished SVGs are cached by their text (a sequence diagram's text
 * carries its layout, so each layout has its own entry).
 */
import { DIAGRAM_FONT } from './sequence/fit';

type MermaidApi = (typeof import('mermaid'))['default'];

let loading: Promise<MermaidApi> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let counter = 0;
const cache = new Map<string, string>();

/** A task of its own: the first diagram is asked for as the page becomes usable, and a click then goes first. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function loadMermaid(): Promise<MermaidApi> {
  // Starting the import queues preloads of Mermaid's ~30 files, which would otherwise lengthen the task that made the page usable.
  loading ??= nextTask()
    .then(() => import('mermaid'))
    .then(({ default: mermaid }) => {
      mermaid.initialize({
        startOnLoad: false,
        // 'loose' skips Mermaid's second DOMPurify pass over the finished SVG (about a sixth of a sequence diagram's render
        // time). Safe here because Mermaid never sees markup from anyone: our generators write every diagram, learner-typed
        // values reach it entity-escaped (src/flows/diagrams/mermaidText.ts), Mermaid still sanitises each label, and the
        // diagrams use no click or link statements. test/e2e/inspectors.test.ts types markup into the app to prove it.
        securityLevel: 'loose',
        theme: 'base',
        fontFamily: DIAGRAM_FONT,
        themeVariables: {
          primaryColor: '#eef4fb',
          primaryBorderColor: '#3d6ea8',
          primaryTextColor: '#1b2430',
          lineColor: '#4a5666',
          noteBkgColor: '#fff6d6',
          noteBorderColor: '#b08900',
          actorBkg: '#eef4fb',
          actorBorder: '#3d6ea8',
          signalColor: '#1b2430',
          signalTextColor: '#1b2430',
        },
        // A sequence diagram's sizes come with its text (sequence/fit.ts); the same font here lets Mermaid measure what it draws.
        sequence: {
          useMaxWidth: true,
          mirrorActors: false,
          showSequenceNumbers: false,
          wrap: false,
          actorFontFamily: DIAGRAM_FONT,
          messageFontFamily: DIAGRAM_FONT,
          noteFontFamily: DIAGRAM_FONT,
        },
        state: { useMaxWidth: true },
      });
      return mermaid;
    });
  return loading;
}

export function cachedSvg(source: string): string | undefined {
  return cache.get(source);
}

/** Renders Mermaid text to an SVG string (cached). */
export function renderMermaid(source: string): Promise<string> {
  const hit = cache.get(source);
  if (hit) return Promise.resolve(hit);
  const run = queue.then(async () => {
    const mermaid = await loadMermaid();
    const again = cache.get(source);
    if (again) return again;
    const id = `mermaid-${++counter}`;
    let svg: string;
    try {
      ({ svg } = await mermaid.render(id, source));
    } catch (error) {
      // Mermaid leaves its "Syntax error" drawing in the page's body when a render fails: take it away, so the
      // panel's own message is all the learner sees and the page keeps its height.
      for (const leftover of [document.getElementById(`d${id}`), document.getElementById(id)]) leftover?.remove();
      throw error;
    }
    if (cache.size > 200) cache.clear();
    cache.set(source, svg);
    return svg;
  });
  queue = run.catch(() => undefined);
  return run;
}
