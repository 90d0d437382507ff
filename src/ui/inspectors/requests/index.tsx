/** The Requests tab: every call since the lesson started, this step's marked. */
import { useView } from '../../shell/SessionContext';
import { RequestsPanel } from './RequestsPanel';

export function RequestsTab() {
  const view = useView();
  const currentFrom = view.stepIndex > 0 ? (view.stepLogMarks[view.stepIndex - 1] ?? view.logStart) : view.logStart;
  return <RequestsPanel entries={view.log.slice(view.logStart)} currentFrom={Math.max(0, currentFrom - view.logStart)} />;
}
