/** The Requests tab: every call since the lesson started, this step's marked. */
import { useView } from '../../shell/SessionContext';
import { useRevealed } from '../reveal';
import { RequestsPanel } from './RequestsPanel';

export function RequestsTab() {
  const view = useView();
  const currentFrom = view.stepIndex > 0 ? (view.stepLogMarks[view.stepIndex - 1] ?? view.logStart) : view.logStart;
  const upTo = view.stepLogMarks[view.stepIndex] ?? view.log.length;
  // Presenter mode's progressive reveal shows the step's requests one at a time.
  const revealed = useRevealed(view.lessonId, view.stepIndex, upTo - currentFrom);
  const entries = revealed ? view.log.slice(view.logStart, currentFrom + revealed.requests) : view.log.slice(view.logStart);
  return <RequestsPanel entries={entries} currentFrom={Math.max(0, currentFrom - view.logStart)} holdingResponse={revealed?.holdingResponse ?? false} />;
}
