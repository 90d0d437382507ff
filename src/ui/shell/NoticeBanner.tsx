import { useState } from 'react';
import type { Session } from '../../flows/session';
import { useView } from './SessionContext';

/**
 * The session's notices (saved progress that could not be restored, a step that failed) as dismissible banners.
 * The notice present at start-up stays until dismissed, even though opening a lesson clears the session's own.
 */
export function NoticeBanner({ session, startup }: { session: Session; startup: string | undefined }) {
  const live = useView().notice;
  const [dismissed, setDismissed] = useState<string[]>([]);
  const notices = [...new Set([startup, live].filter((n): n is string => Boolean(n)))].filter((n) => !dismissed.includes(n));
  if (!notices.length) return null;
  return (
    <>
      {notices.map((notice) => (
        <div key={notice} className="notice" role="status">
          <p>{notice}</p>
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setDismissed((d) => [...d, notice]);
              if (notice === live) session.dismissNotice();
            }}
          >
            Dismiss
          </button>
        </div>
      ))}
    </>
  );
}
