import { Clock } from './Clock';
import { useSession, useView } from './SessionContext';

/** Product name and the simulated clock (the table of contents sits right under it). */
export function Header({ live }: { live: boolean }) {
  return (
    <header className="site-header">
      <p className="brand">
        <span className="brand-mark" aria-hidden="true">
          C
        </span>
        Cognito Simulator
      </p>
      <span className="brand-tagline">AWS Cognito, step by step, entirely in your browser</span>
      {live ? <LiveClock /> : <Clock now={Date.UTC(2026, 0, 15, 9)} disabled onAdvance={() => undefined} />}
    </header>
  );
}

function LiveClock() {
  const session = useSession();
  const view = useView();
  return <Clock now={view.now} disabled={view.busy} onAdvance={(ms) => session.advanceClock(ms)} />;
}
