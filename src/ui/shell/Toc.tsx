import { useEffect, useRef } from 'react';
import { lessonHash } from './route';
import type { CourseEntry, TocChapter } from './course';

export interface LessonProgress {
  /** Highest step reached (1-based), 0 when opened but not stepped. */
  reached: number;
  completed: boolean;
}

/** The width of the fade after a chapter's label (`.toc-chapter-title::after` in toc.css). */
const LABEL_FADE_PX = 20;

interface Props {
  chapters: TocChapter[];
  currentId: string | undefined;
  progress: Record<string, LessonProgress | undefined>;
}

/**
 * The table of contents: one list per chapter, named by the chapter's title, with one link per lesson and its progress.
 * Lessons are numbered through the whole course, so the numbers keep counting across chapters.
 */
export function Toc({ chapters, currentId, progress }: Props) {
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
      // The chapter's label (and its fade) stays at the left edge over the lessons: centre the link in the rest.
      const label = link.closest('.toc-chapter')?.querySelector('.toc-chapter-title');
      const covered = label ? label.getBoundingClientRect().width + LABEL_FADE_PX : 0;
      const left = c.left + covered;
      if (l.left < left || l.right > c.right) list.scrollLeft += l.left - left - (c.width - covered - l.width) / 2;
    });
    return () => cancel(frame);
  }, [currentId]);
  let number = 0;
  return (
    <nav className="toc" aria-label="Lessons" ref={nav}>
      <ol className="toc-chapters">
        {chapters.map((chapter, c) => {
          const labelId = `toc-chapter-${chapter.id || 'none'}`;
          const broken = chapter.problems.length > 0;
          return (
            <li key={chapter.id || '(none)'} className="toc-chapter">
              <span
                className={`toc-chapter-title${broken ? ' toc-chapter-problem' : ''}`}
                id={labelId}
                title={broken ? chapter.problems.join('\n') : undefined}
              >
                <span className="sr-only">Chapter {c + 1}: </span>
                {chapter.title}
                {broken && (
                  <>
                    <span className="toc-chapter-mark" aria-hidden="true">
                      !
                    </span>
                    <span className="sr-only"> ({chapter.problems.join('; ')})</span>
                  </>
                )}
              </span>
              <ol aria-labelledby={labelId}>
                {chapter.entries.map((entry) => (
                  <TocItem key={entry.id} entry={entry} number={(number += 1)} current={entry.id === currentId} progress={progress[entry.id]} />
                ))}
              </ol>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

function TocItem({ entry, number, current, progress: p }: { entry: CourseEntry; number: number; current: boolean; progress: LessonProgress | undefined }) {
  const steps = entry.lesson?.steps.length ?? 0;
  const state = entry.problems.length ? 'problem' : p?.completed ? 'done' : p && p.reached > 0 ? 'started' : 'new';
  const status =
    state === 'problem' ? 'cannot be loaded' : state === 'done' ? 'completed' : state === 'started' ? `${p!.reached} of ${steps} steps done` : 'not started';
  return (
    <li className={`toc-${state}`}>
      <a href={lessonHash(entry.id)} aria-current={current ? 'page' : undefined} title={`${entry.title} (${status})`}>
        <span className="toc-number" aria-hidden="true">
          {state === 'done' ? '✓' : state === 'problem' ? '!' : number}
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
}
