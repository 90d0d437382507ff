import { useContext, useEffect, useState } from 'react';
import type { Lesson } from '../../content';
import { ConfirmDialog } from './ConfirmDialog';
import { scriptOf } from './course';
import { lessonHash, parseHash } from './route';
import { SessionContext } from './SessionContext';
import { replaceHash } from './useHashRoute';

/**
 * "New class": for an instructor between groups, or a learner starting over. After a confirmation it forgets every
 * lesson's progress, Free mode and the saved session, and opens the first lesson at step 1. The address `#/new-class`
 * asks the same question (the app meanwhile stays on the lesson it was on).
 */
export function NewClass({ first }: { first: Lesson | undefined }) {
  const session = useContext(SessionContext);
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    // On mount too: the address may have asked before the simulation was ready.
    const check = () => parseHash(window.location.hash).newClass && setAsking(true);
    check();
    window.addEventListener('hashchange', check);
    return () => window.removeEventListener('hashchange', check);
  }, []);
  const ready = session !== undefined && first !== undefined;
  return (
    <>
      <button type="button" className="button new-class-button" disabled={!ready} onClick={() => setAsking(true)}>
        New class
      </button>
      <ConfirmDialog
        open={asking && ready}
        title="Start a new class?"
        message="Every lesson goes back to its start: all progress, Free-mode work and the saved session on this device are forgotten, and the course opens at its first lesson."
        confirmLabel="Start a new class"
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          if (!session || !first) return;
          void session.newClass(scriptOf(first)).then(() => replaceHash(lessonHash(first.id, 1)));
        }}
      />
    </>
  );
}
