/**
 * Drawing the next step's diagram ahead of time. While the learner reads, the session works the next step out on a copy of
 * the cloud (Session.previewNext) and Mermaid draws that step's diagram into its cache, so "Next step" finds it ready.
 * It runs only when the page is idle and after a step has settled; a wrong guess costs nothing but the idle time.
 */
import { useEffect } from 'react';
import type { SessionView } from '../../../flows/session';
import { useSession, useView } from '../../shell/SessionContext';
import { cachedSvg, renderMermaid } from '../mermaid';

export function useDrawAhead(sourceOf: (next: SessionView) => string | undefined): void {
  const session = useSession();
  const { busy, stepIndex, lessonId, mode } = useView();
  useEffect(() => {
    if (busy) return;
    let live = true;
    const idle = window.requestIdleCallback ?? ((run: () => void) => window.setTimeout(run, 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const handle = idle(() => {
      session.previewNext().then(
        (next) => {
          const source = live && next ? sourceOf(next) : undefined;
          if (source && !cachedSvg(source)) renderMermaid(source).catch(() => undefined);
        },
        () => undefined, // a preview that fails only means no head start
      );
    });
    return () => {
      live = false;
      cancel(handle);
    };
  }, [session, busy, stepIndex, lessonId, mode, sourceOf]);
}
