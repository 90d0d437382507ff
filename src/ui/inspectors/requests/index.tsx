/** The Requests tab: every call since the lesson started, this step's marked, and the field the step points at. */
import { useRef } from 'react';
import type { Lesson } from '../../../content';
import { useView } from '../../shell/SessionContext';
import { useRevealed } from '../reveal';
import { findRequestFocus, pointsInto } from '../focus/stepFocus';
import { useScrollToFocus, useStepFocus } from '../focus/useStepFocus';
import { usePointing } from '../pointing';
import { RequestsPanel } from './RequestsPanel';
import { revealedEnd, topLevelRequests } from '../../../flows/diagrams/requestSpans';
import type { LogEntry } from '../../../engine';

/** The entries a reveal shows: while the last request's answer waits, the calls made inside it wait too. */
function shownSoFar(entries: LogEntry[], holding: boolean): LogEntry[] {
  const last = entries.at(-1);
  return holding && last ? entries.filter((e) => e.parent !== last.requestId) : entries;
}

export function RequestsTab({ lesson }: { lesson?: Lesson }) {
  const view = useView();
  const root = useRef<HTMLDivElement>(null);
  const { focus, key } = useStepFocus(lesson);
  const currentFrom = view.stepIndex > 0 ? (view.stepLogMarks[view.stepIndex - 1] ?? view.logStart) : view.logStart;
  const upTo = view.stepLogMarks[view.stepIndex] ?? view.log.length;
  // Presenter mode's progressive reveal shows the step's requests one at a time, each with the calls made inside it; while
  // a request's answer waits, so do those calls.
  const revealed = useRevealed(view.lessonId, view.stepIndex, topLevelRequests(view.log, currentFrom, upTo).length);
  const entries = revealed
    ? shownSoFar(view.log.slice(view.logStart, revealedEnd(view.log, currentFrom, upTo, revealed.requests)), revealed.holdingResponse)
    : view.log.slice(view.logStart);
  const from = Math.max(0, currentFrom - view.logStart);
  const pointed = focus && pointsInto(focus, 'requests') ? findRequestFocus(entries, from, focus.path) : undefined;
  useScrollToFocus(root, pointed ? key : undefined);
  usePointing(root, `${view.lessonId}:${view.stepIndex}`);
  return (
    <div ref={root} className="pointing-scope">
      <RequestsPanel entries={entries} log={view.log} currentFrom={from} focus={pointed} holdingResponse={revealed?.holdingResponse ?? false} />
    </div>
  );
}
