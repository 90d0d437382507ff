/** The keys presenter mode answers to, as the `?` dialog lists them. */
export const PRESENTER_KEYS: { keys: string[]; does: string }[] = [
  { keys: ['→', 'PageDown', 'Space'], does: 'Next step; on the last step, the next lesson. With reveal on: the next request or answer first' },
  { keys: ['←', 'PageUp'], does: 'Previous step' },
  { keys: ['G', 'a number', 'Enter'], does: 'Go to that step' },
  { keys: ['B'], does: 'Blank the screen (any key brings it back)' },
  { keys: ['E'], does: 'Enlarge the open diagram (Esc closes it)' },
  { keys: ['P'], does: 'Leave presenter mode' },
  { keys: ['?'], does: 'This list' },
];

export type PresenterCommand =
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'blank' }
  | { kind: 'help' }
  | { kind: 'goto.start' }
  | { kind: 'goto.digit'; digit: number }
  | { kind: 'goto.commit' }
  | { kind: 'goto.cancel' };

/** What a key press means in presenter mode; undefined for keys it leaves to the page. Pure, so tested in Node. */
export function commandFor(key: string, typingNumber: boolean): PresenterCommand | undefined {
  if (typingNumber) {
    if (/^[0-9]$/.test(key)) return { kind: 'goto.digit', digit: Number(key) };
    if (key === 'Enter') return { kind: 'goto.commit' };
    if (key === 'Escape') return { kind: 'goto.cancel' };
  }
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return { kind: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { kind: 'previous' };
    case 'b':
    case 'B':
    case '.':
      return { kind: 'blank' };
    case '?':
      return { kind: 'help' };
    case 'g':
    case 'G':
      return { kind: 'goto.start' };
    default:
      return undefined;
  }
}
