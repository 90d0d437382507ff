export type Mode = 'guided' | 'free';

/** Guided: "Next step" types and presses for you. Free: type anything and see what AWS answers. */
export function ModeToggle({ mode, onChange }: { mode: Mode; onChange(mode: Mode): void }) {
  return (
    <div className="segmented mode-toggle" role="group" aria-label="Mode">
      <button type="button" className="segment" aria-pressed={mode === 'guided'} onClick={() => onChange('guided')}>
        Guided
      </button>
      <button type="button" className="segment" aria-pressed={mode === 'free'} onClick={() => onChange('free')}>
        Free mode
      </button>
    </div>
  );
}
