import { lazy, Suspense, useState } from 'react';

/** The dialog, lz-string and the QR library load the first time it opens: none of them is in the initial JS. */
const ShareDialog = lazy(() => import('./ShareDialog'));

/** "Share": a link to this lesson, step and state, with a QR code for the room. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button share-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Share
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShareDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
