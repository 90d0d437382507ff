import { memo, useEffect, useRef } from 'react';
import type { Lesson } from '../../content';
import { PollQuiz } from '../presenter/PollQuiz';
import { usePresent } from '../presenter/present';
import { lessonHash } from '../shell/route';
import { Markdown } from './Markdown';
import { Quiz } from './Quiz';
import { useLessonText } from './useLessonText';
import { actionToPerform } from '../../flows/session/freeMode';
import type { SessionMode } from '../../flows/session';

interface Props {
  lesson: Lesson;
  /** 0-based: step `stepIndex + 1` has been performed and its text is current (the introduction sits above step 1). */
  stepIndex: number;
  /** Labels of the guided actions, by action id. */
  actionLabels: Record<string, string>;
  /** In free mode "Next step" does not perform the app's actions. */
  mode?: SessionMode;
  /** The mode each step so far was performed in. */
  stepModes?: readonly SessionMode[];
  /** What the current step's last request got, in one line (`400 CodeMismatchException`): shown on a phone, where the app is out of sight. */
  stepResult?: string | undefined;
}

/** "Done for you" only where the session did perform the step's action (guided mode, or an action free mode performs too). */
function actionNote(status: 'current' | 'done' | 'future', next: boolean, action: string, performedIn: SessionMode | undefined): string {
  if (status === 'future') return next ? 'Next step: ' : 'This step: ';
  return actionToPerform({ action }, performedIn ?? 'guided') ? 'Done for you: ' : 'In guided mode this step does: ';
}

/** The lesson's Markdown: introduction, then every step, the current one highlighted and scrolled into view. */
export const LessonReader = memo(function LessonReader({ lesson, stepIndex, actionLabels, mode = 'guided', stepModes = [], stepResult }: Props) {
  const current = useRef<HTMLLIElement>(null);
  const top = useRef<HTMLHeadingElement>(null);
  const shown = useRef<string | undefined>(undefined);
  // Presenting, a quiz polls the room and holds its answer until revealed.
  const presenting = usePresent() !== undefined;
  const { shown: full, failed } = useLessonText(lesson);
  useEffect(() => {
    const key = `${lesson.id}:${stepIndex}`;
    // A lesson opened at its first step is already at the top: no scrolling (and no forced layout before the first paint).
    const first = shown.current === undefined || !shown.current.startsWith(`${lesson.id}:`);
    shown.current = key;
    if (first && stepIndex === 0) return;
    // On the first step the introduction matters more than the step itself. Scrolling measures the page, so it waits
    // until the app and the inspectors have shown the step.
    const target = stepIndex > 0 ? current.current : top.current;
    const timer = window.setTimeout(() => target?.scrollIntoView?.({ block: 'start', behavior: 'smooth' }), 60);
    return () => window.clearTimeout(timer);
  }, [stepIndex, lesson.id]);
  return (
    <article className="lesson" aria-labelledby="lesson-title" data-step={stepIndex + 1} aria-busy={full.textPending && !failed ? true : undefined}>
      <h1 id="lesson-title" className="lesson-title" ref={top}>
        {lesson.title}
      </h1>
      {lesson.summary && <p className="lesson-summary">{lesson.summary}</p>}
      <Markdown html={full.introHtml} className="intro" />
      {failed && (
        <p role="alert" className="lesson-text-failed">
          This lesson’s text could not be loaded ({failed}). Its steps still run; reload the page to try the text again.
        </p>
      )}
      <ol className="steps" aria-label="Steps">
        {full.steps.map((step, i) => {
          const n = i + 1;
          const status = i === stepIndex ? 'current' : i < stepIndex ? 'done' : 'future';
          return (
            <li
              key={n}
              ref={i === stepIndex ? current : undefined}
              className={`step step-${status}`}
              aria-current={status === 'current' ? 'step' : undefined}
              data-step={n}
            >
              <span className="step-number" aria-hidden="true">
                {status === 'done' ? '✓' : n}
              </span>
              <h2 className="step-title">
                <a href={lessonHash(lesson.id, n)}>{step.title}</a>
                {status === 'done' && <span className="sr-only"> (done)</span>}
                {status === 'current' && <span className="sr-only"> (current step)</span>}
              </h2>
              {step.action && actionLabels[step.action] && (
                <span className="step-action">
                  {actionNote(status, i === stepIndex + 1, step.action, stepModes[i])}
                  {actionLabels[step.action]}
                </span>
              )}
              {((status === 'current' && mode === 'free') || (status !== 'future' && stepModes[i] === 'free')) && step.action && actionLabels[step.action] && (
                <span className="step-guided-note">
                  What this step says the pool answered is the guided run’s; in Free mode the app shows what your own requests got.
                </span>
              )}
              {status === 'current' && stepResult && (
                <p className="step-result">
                  <span>→ {stepResult}</span>
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => document.querySelector('.column-app')?.scrollIntoView({ block: 'start', behavior: 'smooth' })}
                  >
                    Show the app
                  </button>
                </p>
              )}
              <Markdown html={step.bodyHtml} className="step-body" />
              {step.quiz && (presenting ? <PollQuiz quiz={step.quiz} /> : <Quiz quiz={step.quiz} />)}
              {step.notesHtml && (
                <aside className="speaker-notes" aria-label="Speaker notes">
                  <Markdown html={step.notesHtml} />
                </aside>
              )}
            </li>
          );
        })}
      </ol>
      <nav className="lesson-nav" aria-label="Other lessons">
        {lesson.prev ? <a href={lessonHash(lesson.prev.id)}>← {lesson.prev.title}</a> : <span />}
        {lesson.next && <a href={lessonHash(lesson.next.id)}>{lesson.next.title} →</a>}
      </nav>
    </article>
  );
});
