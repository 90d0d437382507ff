import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Lesson } from '../../content';
import { PresenterSwitch } from '../presenter/PresenterSwitch';
import { Clock } from './Clock';
import { NewClass } from './NewClass';
import { ShareButton } from './ShareButton';
import { useSession, useView } from './SessionContext';

/** Product name and the simulated clock, with the table of contents as the header's second row. */
export function Header({ live, toc, first }: { live: boolean; toc: ReactNode; first?: Lesson | undefined }) {
  return (
    <header className="site-header">
      <div className="topbar">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true">
            C
          </span>
          Cognito Simulator
        </p>
        <span className="brand-tagline">AWS Cognito, step by step, entirely in your browser</span>
        {live ? <LiveClock /> : <Clock now={Date.UTC(2026, 0, 15, 9)} disabled onAdvance={() => undefined} />}
        <LargeText />
        <PresenterSwitch live={live} />
        {live && <ShareButton />}
        <NewClass first={first} />
      </div>
      {toc}
    </header>
  );
}

function LiveClock() {
  const session = useSession();
  const view = useView();
  return <Clock now={view.now} disabled={view.busy} onAdvance={(ms) => session.advanceClock(ms)} />;
}

export const LARGE_TEXT_KEY = 'cognito-simulator/large-text';

/** For presenting to a room: larger type everywhere, remembered on this device. */
function LargeText() {
  // Off while React adopts the prerendered page (which was rendered without storage), then the learner's choice.
  const remembered = useSyncExternalStore(noSubscription, readLargeText, () => false);
  const [chosen, setChosen] = useState<boolean | undefined>();
  const on = chosen ?? remembered;
  useEffect(() => {
    // The page starts with the class already set when the choice was "on" (index.html's script); a render that has not
    // read the choice yet never takes it away.
    if (on || chosen !== undefined) document.documentElement.classList.toggle('large-text', on);
    if (chosen === undefined) return;
    // The learner's switch reflowed the text: bring the current step back into view.
    document.querySelector('.step[aria-current="step"]')?.scrollIntoView?.({ block: 'start' });
    try {
      window.localStorage.setItem(LARGE_TEXT_KEY, on ? '1' : '0');
    } catch {
      // Not remembered; still applied.
    }
  }, [on, chosen]);
  return (
    <button type="button" className="button large-text-toggle" aria-pressed={on} onClick={() => setChosen(!on)}>
      Large text
    </button>
  );
}

const noSubscription = () => () => undefined;

function readLargeText(): boolean {
  try {
    return window.localStorage.getItem(LARGE_TEXT_KEY) === '1';
  } catch {
    return false;
  }
}
