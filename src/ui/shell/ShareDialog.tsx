/**
 * The share dialog (loaded on first use, with lz-string and qrcode): the link to this lesson, step and state, Copy, and a
 * QR code of it for the room. The link is made from the session's saved replay script (src/flows/session/shareLink.ts).
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import QRCode from 'qrcode';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { readSession } from '../../flows/session/persistence';
import { encodeShareFragment, sharedStateOf } from '../../flows/session/shareLink';
import { typedPasswords } from '../../flows/session/sharePasswords';
import { openInspectorTab } from '../inspectors/openTab';
import { CopyButton } from './CopyButton';
import { presenterSettingsOf } from './route';
import { useSession } from './SessionContext';

const lz = { compressToEncodedURIComponent, decompressFromEncodedURIComponent };

export default function ShareDialog({ onClose }: { onClose(): void }) {
  const session = useSession();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [includePasswords, setIncludePasswords] = useState(false);
  const saved = useMemo(() => {
    session.flush();
    try {
      return readSession(window.localStorage);
    } catch {
      return { problem: 'the browser blocks storage' };
    }
  }, [session]);
  const record = 'record' in saved ? saved.record : undefined;
  const link = useMemo(() => {
    if (!record?.lesson.lessonId) return undefined;
    const tab = openInspectorTab();
    const presenter = presenterSettingsOf(window.location.hash);
    const state = sharedStateOf(record, { includePasswords, ...(tab ? { tab } : {}), ...(presenter ? { presenter } : {}) });
    return `${window.location.href.split('#')[0]}${encodeShareFragment(lz, record.lesson.lessonId, state)}`;
  }, [record, includePasswords]);
  const [qr, setQr] = useState<string>();
  useEffect(() => {
    if (!link) return;
    let live = true;
    QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 }).then(
      (svg) => live && setQr(svg),
      () => live && setQr(undefined),
    );
    return () => void (live = false);
  }, [link]);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => opener?.focus?.();
  }, []);
  const hasPasswords = record ? typedPasswords(record.steps) : false;
  return (
    <dialog
      ref={ref}
      className="dialog share-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>Share this lesson as it is now</h2>
      {link ? (
        <>
          <p>Whoever opens the link sees this lesson, at this step, with what you did in Free mode replayed in their browser.</p>
          <div className="share-link-row">
            <input aria-label="Share link" className="share-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
            <CopyButton text={link} label="Copy the share link" />
          </div>
          <label className="share-passwords">
            <input type="checkbox" checked={includePasswords} onChange={(e) => setIncludePasswords(e.currentTarget.checked)} disabled={!hasPasswords} />
            Include passwords I typed
          </label>
          <p className="share-note">
            {!hasPasswords
              ? 'You typed no password of your own, so there is none to leave out.'
              : includePasswords
                ? 'The passwords you typed are in the link: anyone with it can read them.'
                : 'Passwords you typed are left out: the link types stand-ins of the same length and kinds of characters, so the pool answers the same.'}{' '}
            The simulator’s keys are not in the link: the opener’s browser signs with its own, so token bytes differ.
          </p>
          <div className="share-qr" role="img" aria-label="QR code of the share link" dangerouslySetInnerHTML={qr ? { __html: qr } : undefined} />
        </>
      ) : (
        <p>
          There is nothing to share yet
          {'problem' in saved ? `: the session could not be read (${saved.problem})` : ': open a lesson first'}.
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
