import { useSession, useView } from '../shell/SessionContext';

/**
 * Back in guided mode after the learner's own moves in free mode, the app and the cloud no longer match what the text
 * tells: this offers to replay the lesson's guided run up to the current step.
 */
export function BackOnPath() {
  const session = useSession();
  const { mode, offPath, busy } = useView();
  if (mode !== 'guided' || !offPath) return null;
  return (
    <div className="back-on-path" role="status">
      <p>What you did in Free mode is still in the app and the cloud, so they may not match what this step says.</p>
      <button type="button" className="button button-small" disabled={busy} onClick={() => void session.backOnPath()}>
        Put the lesson back on its path
      </button>
    </div>
  );
}
