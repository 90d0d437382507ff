import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Enlarge } from '../presenter/Enlarge';
import { cachedSvg, renderMermaid } from './mermaid';
import type { Room } from './sequence/fit';
import { useRoom } from './useRoom';

interface Props {
  source: string;
  /** The text alternative: what the picture shows, for screen readers. */
  label: string;
  className?: string;
  /** Offers "Fit" / "Actual size"; at actual size the highlighted element is scrolled into view. */
  zoomable?: boolean;
  /**
   * Lays the diagram out for the room its box offers (the Mermaid text to draw for `source` there); redrawn when the
   * box is resized or the root font size changes. Without it the diagram is drawn once and scaled to fit.
   */
  fit?: (source: string, room: Room) => string;
  /** Marks each sequence message (its arrow and its text) as `data-point="message-<n>"`, in order, for pointing.ts. */
  pointable?: boolean;
}

/**
 * Mermaid draws each message as a `.messageLine0/1` arrow (in message order) with its text above it, one `text.messageText`
 * per wrapped line: a text belongs to the first arrow at or below it.
 */
function markMessages(svg: Element): void {
  const lines = [...svg.querySelectorAll('.messageLine0, .messageLine1')];
  const ys = lines.map((line) => Number(line.getAttribute('y1') ?? NaN));
  lines.forEach((line, i) => line.setAttribute('data-point', `message-${i}`));
  for (const text of svg.querySelectorAll('text.messageText')) {
    const y = Number(text.getAttribute('y') ?? NaN);
    const index = ys.findIndex((lineY) => lineY >= y);
    if (index >= 0) text.setAttribute('data-point', `message-${index}`);
  }
}

/** A Mermaid diagram as an image; the caller supplies a text equivalent beside it. */
export function MermaidView({ source, label, className, zoomable, fit, pointable }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const room = useRoom(box, fit !== undefined);
  // A fitted diagram starts from the room last measured (see useRoom) and is redrawn if its own box differs.
  const text = useMemo(() => (fit ? (room ? fit(source, room) : undefined) : source), [fit, room, source]);
  // What was drawn last: shown while a new text is drawn, so a redraw does not flash the loading line.
  const [last, setLast] = useState<{ text: string; svg: string } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [actual, setActual] = useState(true);
  const hit = text ? cachedSvg(text) : undefined;
  const svg = hit ?? last?.svg;
  const ready = hit !== undefined || (text !== undefined && last?.text === text);
  useEffect(() => {
    if (!text) return;
    let live = true;
    renderMermaid(text).then(
      (result) => {
        if (!live) return;
        setLast({ text, svg: result });
        setError(undefined);
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [text]);
  useLayoutEffect(() => {
    // Presenter mode draws diagrams at least a little larger than their natural size (presenter.css).
    const el = box.current?.querySelector('svg');
    const width = el?.viewBox?.baseVal?.width;
    if (el && width) el.style.setProperty('--natural-width', `${Math.round(width)}px`);
    if (el && pointable) markMessages(el);
  }, [svg, pointable]);
  useLayoutEffect(() => {
    const el = box.current?.querySelector('svg');
    if (!el || !zoomable) return;
    const width = el.viewBox?.baseVal?.width;
    if (actual && width) {
      el.style.maxWidth = 'none';
      el.style.width = `${Math.round(width)}px`;
      el.style.height = 'auto';
      const current = el.querySelector('.current');
      const container = box.current;
      if (current && container) {
        const c = container.getBoundingClientRect();
        const r = current.getBoundingClientRect();
        container.scrollLeft += r.left - c.left - c.width / 2 + r.width / 2;
        container.scrollTop += r.top - c.top - c.height / 2 + r.height / 2;
      }
    } else {
      el.style.width = '100%';
      el.style.maxWidth = width ? `${Math.round(width)}px` : '';
    }
  }, [svg, actual, zoomable]);
  if (error) {
    return (
      <div className="diagram-error" role="alert">
        <p>The diagram could not be drawn: {error}</p>
        <details>
          <summary>Mermaid source</summary>
          <pre>{source}</pre>
        </details>
      </div>
    );
  }
  return (
    <div className={`diagram-frame ${className ?? ''}`}>
      {/* Above the picture, never over it. */}
      <div className="diagram-tools">
        {zoomable && (
          <div className="segmented diagram-zoom" role="group" aria-label="Diagram size">
            <button type="button" className="segment" aria-pressed={!actual} onClick={() => setActual(false)}>
              Fit
            </button>
            <button type="button" className="segment" aria-pressed={actual} onClick={() => setActual(true)}>
              Actual size
            </button>
          </div>
        )}
        {svg && <Enlarge svg={svg} label={label} />}
      </div>
      <div
        ref={box}
        className={`diagram${zoomable && actual ? ' diagram-actual' : ''}${fit ? ' diagram-fitted' : ''}`}
        data-ready={ready ? 'true' : 'false'}
        // Scrollable, so reachable by keyboard.
        tabIndex={0}
        role="group"
        aria-label="Diagram, scrollable"
      >
        {svg ? (
          <div role="img" aria-label={label} className="diagram-svg" dangerouslySetInnerHTML={{ __html: svg }} />
        ) : (
          <p className="muted diagram-loading">Drawing the diagram…</p>
        )}
      </div>
    </div>
  );
}
