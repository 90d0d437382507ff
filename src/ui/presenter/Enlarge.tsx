import { useEffect, useState } from 'react';
import { Modal } from './Modal';
import { isTyping, modifierHeld } from './present';

/** "Enlarge": the diagram alone, as large as the window allows (key E; Escape closes it). In every mode. */
export function Enlarge({ svg, label }: { svg: string; label: string }) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || modifierHeld(event) || isTyping(event.target)) return;
      if ((event.key !== 'e' && event.key !== 'E') || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" className="button button-small diagram-enlarge" aria-keyshortcuts="E" onClick={() => setOpen(true)}>
        Enlarge
      </button>
      <Modal open={open} title="Enlarged diagram" className="enlarge-dialog" onClose={() => setOpen(false)}>
        <div role="img" aria-label={label} className="enlarged-svg" dangerouslySetInnerHTML={{ __html: svg }} />
      </Modal>
    </>
  );
}
