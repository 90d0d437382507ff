import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Enlarge } from '../presenter/Enlarge';
import { cachedSvg, renderMermaid } from './mermaid';

interface Props {
  source: string;
  /** The text alternative: what the picture shows, for screen readers. */
  label: string;
  className?: string;
  /** Offers "Fit" / "Actual size"; at actual size the highlighted element is scrolled into view. */
  zoomable?: boolean;
  /** Marks each sequence message (its arrow and its text) as `data-point="message-<n>"`, in order, for pointing.ts. */
  pointable?: boolean;
}

/** Mermaid draws each message as a `.messageLine0/1` arrow and a `text.messageText`, both in message order. */
function markMessages(svg: Element): void {
  for (const selector of ['.messageLine0, .messageLine1', 'text.messageText']) {
    svg.querySelectorAll(selector).forEach((el, i) => el.setAttribute('data-point', `message-${i}`));
  }
}

/** A Mermaid diagram as an image; the caller supplies a text equivalent beside it. */
export function MermaidView({ source, label, className, zoomable, pointable }: Props) {
  const [svg, setSvg] = useState<string | undefined>(() => cachedSvg(source));
  const [error, setError] = useState<string | undefined>();
  const [drawn, setDrawn] = useState<string | undefined>(() => (cachedSvg(source) ? source : undefined));
  const [actual, setActual] = useState(true);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    const hit = cachedSvg(source);
    if (hit) {
      setSvg(hit);
      setDrawn(source);
      setError(undefined);
      return;
    }
    renderMermaid(source).then(
      (result) => {
        if (!live) return;
        setSvg(result);
        setDrawn(source);
        setError(undefined);
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [source]);
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
      {svg && <Enlarge svg={svg} label={label} />}
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
      <div
        ref={box}
        className={`diagram${zoomable && actual ? ' diagram-actual' : ''}`}
        data-ready={drawn === source ? 'true' : 'false'}
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
