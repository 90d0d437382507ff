import { lazy, Suspense, useEffect } from 'react';
import { isTyping, modifierHeld, setPresent, useKeepPresent, usePresent } from './present';

const PresenterMode = lazy(() => import('./PresenterMode').then((m) => ({ default: m.PresenterMode })));

/**
 * The header's "Present" toggle and the key P. Presenter mode itself (its slim bar, keys and dialogs) loads on first use;
 * its layout is CSS keyed on the page's `presenting` class (presenter.css), so it applies before that chunk arrives.
 */
export function PresenterSwitch({ live }: { live: boolean }) {
  const pane = usePresent();
  useKeepPresent(pane);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('presenting', pane !== undefined);
    if (pane) root.dataset.presentPane = pane;
    else delete root.dataset.presentPane;
  }, [pane]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || modifierHeld(event) || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key !== 'p' && event.key !== 'P') return;
      event.preventDefault();
      setPresent(pane ? undefined : 'inspectors');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pane]);
  return (
    <>
      <button
        type="button"
        className="button present-toggle"
        aria-pressed={pane !== undefined}
        aria-keyshortcuts="P"
        onClick={() => setPresent(pane ? undefined : 'inspectors')}
      >
        Present
      </button>
      {pane && live && (
        <Suspense fallback={null}>
          <PresenterMode pane={pane} />
        </Suspense>
      )}
    </>
  );
}
