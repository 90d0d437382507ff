import { useEffect, useRef } from 'react';
import { lessonHash } from './route';
import type { CourseEntry } from './course';

export interface LessonProgress {
  /** Highest step reached (1-based), 0 when opened but not stepped. */
  reached: number;
  completed: boolean;
}

interface Props {
  entries: CourseEntry[];
  currentId: string | undefined;
  progress: Record<string, LessonProgress | undefined>;
}

/** The table of contents: one link per lesson with its progress. */
export function Toc({ entries, currentId, progress }: Props) {
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    // Keeps the current lesson visible in the horizontally scrolling list (without moving the page); when the browser is
    // idle, so measuring does not hold up the first paint.
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 100));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const frame = idle(() => {
      const list = nav.current;
      const link = list?.querySelector<HTMLElement>('[aria-current="page"]');
      if (!list || !link) return;
      const l = link.getBoundingClientRect();
      const c = list.getBoundingClientRect();
      if (l.left < c.left || l.right > c.right) list.scrollLeft += l.left - c.left - (c.width - l.width) / 2;
    });
    return () => cancel(frame);
  }, [currentId]);
  return (
    <nav className="toc" aria-label="Lessons" ref={nav}>
      <ol>
        {entries.map((entry, i) => {
          const p = progress[entry.id];
          const steps = entry.lesson?.steps.length ?? 0;
          const state = entry.problems.length ? 'problem' : p?.completed ? 'done' : p && p.reached > 0 ? 'started' : 'new';
          const status =
            state === 'problem'
              ? 'cannot be loaded'
              : state === 'done'
                ? 'completed'
                : state === 'started'
                  ? `${p!.reached} of ${steps} steps done`
                  : 'not started';
          return (
            <li key={entry.id} className={`toc-${state}`}>
              <a href={lessonHash(entry.id)} aria-current={entry.id === currentId ? 'page' : undefined} title={`${entry.title} (${status})`}>
                <span className="toc-number" aria-hidden="true">
                  {state === 'done' ? '✓' : state === 'problem' ? '!' : i + 1}
                </span>
                <span className="toc-title">{entry.title}</span>
                {state === 'started' && (
                  <span className="toc-progress" aria-hidden="true">
                    {p!.reached}/{steps}
                  </span>
                )}
                <span className="sr-only">, {status}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
