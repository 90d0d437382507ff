import { useEffect, useRef, useState } from 'react';
import { course } from '../../content';
import { heldBack, holdStep, revealNext } from '../inspectors/reveal';
import { topLevelRequests } from '../../flows/diagrams/requestSpans';
import type { SessionView } from '../../flows/session';
import { lessonHash, parseReveal, withPresent, type PresentPane, type RevealMode } from '../shell/route';
import { useSession, useView } from '../shell/SessionContext';
import { commandFor, PRESENTER_KEYS } from './keys';
import { Modal } from './Modal';
import { isTyping, modifierHeld, setPresent, setReveal, useReveal } from './present';

/** How long "G 1 2" waits for another digit before it jumps. */
const GOTO_WAIT_MS = 1500;

/**
 * Presenter mode's controls in the slim bar (which pane to show, the key list) and its keys, which step forward and back
 * whatever was clicked last: they are taken before any focused control (a tab, a button) sees them.
 */
export function PresenterMode({ pane }: { pane: PresentPane }) {
  const session = useSession();
  const view = useView();
  const [blank, setBlank] = useState(false);
  const [help, setHelp] = useState(false);
  const [typed, setTyped] = useState<string | undefined>();
  const reveal = useReveal();
  const state = useRef({ view, typed, blank });
  state.current = { view, typed, blank };
  const waiting = heldBack(view.lessonId, view.stepIndex, stepRequests(view));

  useEffect(() => {
    const jump = (digits: string | undefined) => {
      setTyped(undefined);
      const step = Number(digits);
      const { stepCount, busy } = state.current.view;
      if (digits && step >= 1 && step <= stepCount && !busy) void session.goToStep(step - 1);
    };
    let timer: number | undefined;
    const onKey = (event: KeyboardEvent) => {
      if (modifierHeld(event) || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const { view: now, typed: digits, blank: blanked } = state.current;
      if (blanked) {
        event.preventDefault();
        event.stopPropagation();
        setBlank(false);
        return;
      }
      const command = commandFor(event.key, digits !== undefined);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      window.clearTimeout(timer);
      if (command.kind === 'next') {
        if (now.busy) return;
        const mode = parseReveal(window.location.hash);
        if (heldBack(now.lessonId, now.stepIndex, stepRequests(now)) > 0) return revealNext();
        if (now.stepIndex < now.stepCount - 1) {
          // With reveal on, the step → arrives at shows its requests one key at a time.
          if (mode) holdStep(now.lessonId, now.stepIndex + 1, mode);
          void session.next();
        } else openNextLesson(now.lessonId, pane);
      } else if (command.kind === 'previous') {
        if (!now.busy && now.stepIndex > 0) void session.previous();
      } else if (command.kind === 'blank') setBlank(true);
      else if (command.kind === 'help') setHelp(true);
      else if (command.kind === 'goto.start') setTyped('');
      else if (command.kind === 'goto.digit') {
        const next = `${digits ?? ''}${command.digit}`;
        setTyped(next);
        timer = window.setTimeout(() => jump(next), GOTO_WAIT_MS);
      } else if (command.kind === 'goto.commit') jump(digits);
      else setTyped(undefined);
    };
    // After a pointer click on a control (a tab, a pane button), the step keys belong to the page again.
    const onClick = (event: MouseEvent) => {
      const control = (event.target as HTMLElement | null)?.closest?.('button, [role="tab"], a');
      if (event.detail > 0 && control && !control.closest('dialog')) window.setTimeout(() => (document.activeElement as HTMLElement | null)?.blur?.());
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('click', onClick, true);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('click', onClick, true);
    };
  }, [session, pane]);

  return (
    <div className="present-bar" role="group" aria-label="Presenter mode">
      <span className="segmented" role="group" aria-label="Show beside the text">
        {PANES.map(([id, label]) => (
          <button key={id} type="button" className="segment" aria-pressed={pane === id} onClick={() => setPresent(id)}>
            {label}
          </button>
        ))}
      </span>
      <label className="present-reveal">
        <span>Reveal</span>
        <select value={reveal ?? 'all'} onChange={(event) => setReveal(REVEALS.find(([, value]) => value === event.target.value)?.[0])}>
          {REVEALS.map(([, value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {waiting > 0 && (
        <button type="button" className="button button-small" aria-keyshortcuts="ArrowRight" onClick={revealNext}>
          Show next ({waiting})
        </button>
      )}
      {typed !== undefined && (
        <span className="present-goto" role="status">
          Go to step {typed || '…'}
        </span>
      )}
      <button type="button" className="button button-small" aria-keyshortcuts="?" onClick={() => setHelp(true)}>
        Keys
      </button>
      {blank && (
        <button type="button" className="present-blank" onClick={() => setBlank(false)}>
          <span className="sr-only">Screen blanked: press any key to show it again</span>
        </button>
      )}
      <Modal open={help} title="Presenter keys" onClose={() => setHelp(false)}>
        <dl className="present-keys">
          {PRESENTER_KEYS.map(({ keys, does }) => (
            <div key={does}>
              <dt>
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{does}</dd>
            </div>
          ))}
        </dl>
      </Modal>
    </div>
  );
}

/** The reveal settings: the mode, its option value, its words. */
const REVEALS: [RevealMode | undefined, string, string][] = [
  [undefined, 'all', 'all at once'],
  ['one', 'one', 'one by one'],
  ['pause', 'pause', 'pause for answers'],
];

/** How many requests the view's step sent from outside the cloud (each with the calls made inside it). */
function stepRequests(view: SessionView): number {
  if (view.flowId === 'story') return 0;
  const from = view.stepIndex > 0 ? (view.stepLogMarks[view.stepIndex - 1] ?? view.logStart) : view.logStart;
  return topLevelRequests(view.log, from, view.stepLogMarks[view.stepIndex] ?? view.log.length).length;
}

const PANES: [PresentPane, string][] = [
  ['inspectors', 'Inspectors'],
  ['app', 'App'],
];

/** → on a lesson's last step: the next lesson of the course, still presenting. */
function openNextLesson(lessonId: string | null, pane: PresentPane): void {
  const index = course.lessons.findIndex((l) => l.id === lessonId);
  const next = index < 0 ? undefined : course.lessons[index + 1];
  if (next) window.location.hash = withPresent(lessonHash(next.id, 1), pane);
}
