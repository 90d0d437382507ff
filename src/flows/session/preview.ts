/**
 * What the next step would show, worked out on a copy of the current step's state: its own cloud, clock and actor, never
 * attached, saved or announced. The same seed, clock and keys make the copy's requests and answers the real step's.
 */
import { performStep } from './navigation';
import { capture, restoreTimeline, type KeySource, type Timeline } from './timeline';
import { buildView, type SessionView, type ViewParts } from './view';

export async function previewNext(parts: Omit<ViewParts, 'timeline'>, timeline: Timeline, keys: KeySource): Promise<SessionView | undefined> {
  const i = parts.history.length;
  const step = parts.lesson.steps[i];
  const current = parts.history[i - 1];
  if (parts.operations > 0 || !step || !current || i >= parts.lesson.stepCount) return undefined;
  const copy = await restoreTimeline(parts.lesson.flow, current, timeline.setup, keys);
  try {
    const { appTab } = await performStep(copy, step, parts.mode, parts.appTab);
    const history = [...parts.history, capture(copy, appTab)];
    return buildView({ ...parts, history, appTab, operations: 0, lastAction: undefined, notice: undefined, timeline: copy });
  } finally {
    copy.actor.stop();
  }
}
