import { useEffect, useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';
import { lessonHash } from './route';

interface Props {
  stepIndex: number;
  stepCount: number;
  busy: boolean;
  onNext(): void;
  onPrevious(): void;
  onReset(): void;
  /** What "Next step" will do, e.g. "Sign up as abc.xyz@gmail.com". */
  nextLabel?: string | undefined;
  /** The lesson after this one: on the last step "Next lesson →" (and the next-step keys) open it. */
  nextLesson?: { id: string; title: string } | undefined;
}

const isTyping = (target: EventTarget | null) => {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
};

/** Space would press the focused control (a button, link, tab, option): then it is not "Next step". */
const spaceActivates = (target: EventTarget | null) =>
  target instanceof Element && target.closest('button, a[href], summary, label, [role="tab"], [role="button"], [role="radio"], [role="checkbox"]') !== null;

/**
 * "Previous step", "Next step", "Reset" and the step counter; from anywhere except form fields: → PageDown Space step on
 * (Space not while it would press a focused control), ← PageUp step back, R resets. On the last step they open the next lesson.
 */
export function StepControls({ stepIndex, stepCount, busy, onNext, onPrevious, onReset, nextLabel, nextLesson }: Props) {
  const [confirming, setConfirming] = useState(false);
  const atEnd = stepIndex >= stepCount - 1;
  const atStart = stepIndex <= 0;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      const forward = event.key === 'ArrowRight' || event.key === 'PageDown' || (event.key === ' ' && !spaceActivates(event.target));
      if (forward && atEnd && nextLesson && !busy) {
        event.preventDefault();
        window.location.hash = lessonHash(nextLesson.id, 1);
      } else if (forward && !atEnd && !busy) {
        event.preventDefault();
        onNext();
      } else if ((event.key === 'ArrowLeft' || event.key === 'PageUp') && !atStart && !busy) {
        event.preventDefault();
        onPrevious();
      } else if (event.key === 'r' || event.key === 'R') {
        event.preventDefault();
        setConfirming(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [atEnd, atStart, busy, onNext, onPrevious, nextLesson]);
  return (
    <div className="step-controls" role="group" aria-label="Lesson steps">
      <div className="step-status">
        <span className="step-counter" aria-live="polite" data-testid="step-counter">
          Step {Math.min(stepIndex + 1, stepCount)} of {stepCount}
          {atEnd && stepCount > 0 ? <span className="step-done-note"> · lesson complete</span> : null}
        </span>
        <span className="kbd-hint" aria-hidden="true">
          <kbd>←</kbd> <kbd>→</kbd> <kbd>R</kbd>
        </span>
        <JumpTo />
        <button type="button" className="button button-small" onClick={() => setConfirming(true)} aria-keyshortcuts="R">
          Reset
        </button>
      </div>
      <div className="step-buttons">
        <button type="button" className="button" onClick={onPrevious} disabled={atStart || busy} aria-keyshortcuts="ArrowLeft PageUp">
          <span aria-hidden="true">←</span> Previous step
        </button>
        {atEnd && nextLesson ? (
          <button
            type="button"
            className="button button-primary"
            onClick={() => (window.location.hash = lessonHash(nextLesson.id, 1))}
            disabled={busy}
            aria-keyshortcuts="ArrowRight PageDown Space"
            title={nextLesson.title}
          >
            Next lesson <span aria-hidden="true">→</span>
          </button>
        ) : (
          <button
            type="button"
            className="button button-primary"
            onClick={onNext}
            disabled={atEnd || busy}
            aria-keyshortcuts="ArrowRight PageDown Space"
            aria-describedby={nextLabel ? 'next-step-does' : undefined}
          >
            Next step <span aria-hidden="true">→</span>
          </button>
        )}
      </div>
      {nextLabel && (
        <span id="next-step-does" className="sr-only">
          Next: {nextLabel}
        </span>
      )}
      <ConfirmDialog
        open={confirming}
        title="Reset this lesson?"
        message="The lesson goes back to its start: the simulated cloud, the app and the clock return to how the lesson began. Your place in other lessons is kept."
        confirmLabel="Reset lesson"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onReset();
        }}
      />
    </div>
  );
}

/** A story lesson has one diagram instead of the app and the inspectors (layout.css shows the buttons that apply). */
const JUMPS = [
  { label: 'Text', selector: '.step[aria-current="step"]', className: 'jump-text' },
  { label: 'App', selector: '.column-app', className: 'jump-app' },
  { label: 'Inspectors', selector: '.column-inspectors', className: 'jump-inspectors' },
  { label: 'Diagram', selector: '.column-story', className: 'jump-story' },
];

/** On a phone the three columns are stacked: these jump between them (hidden when they sit side by side). */
function JumpTo() {
  return (
    <span className="jump-to" role="group" aria-label="Go to">
      {JUMPS.map(({ label, selector, className }) => (
        <button
          key={label}
          type="button"
          className={`button button-small ${className}`}
          onClick={() => document.querySelector(selector)?.scrollIntoView({ block: 'start', behavior: 'smooth' })}
        >
          {label}
        </button>
      ))}
    </span>
  );
}
