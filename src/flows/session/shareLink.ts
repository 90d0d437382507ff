/**
 * Share links: the session's replay script (persistence.ts), made small enough for a URL fragment and a QR code.
 *
 * `#share=<version>/<lesson>/<step>/<script>`: the version, lesson and step are in clear, so a damaged or older link
 * still opens the right lesson; `<script>` is the replay script as JSON, compressed with lz-string's
 * `compressToEncodedURIComponent` (loaded with `import()` only when a link is made or opened).
 *
 * What the link leaves out, and why:
 * - The private signing keys. Two RSA private JWKs alone are ~3,000 characters, over the 2,000 a link may take. The
 *   opener replays the script with its own keys: the seed gives the same ids, users and codes, and the same requests
 *   and responses step by step (checked by the log length of each step), while token bytes, `kid` and signatures differ.
 *   Every key here is fake, so nothing is lost but those bytes.
 * - Each step's action, message and label: the lesson names them, and the opener fills them in from its course (the
 *   per-step log length then catches a lesson that changed).
 * - Passwords the learner typed, unless they choose to include them: each is replaced by a stand-in of the same length
 *   and the same kinds of characters (sharePasswords.ts), so the pool answers as it did and the replay arrives at the same step.
 * - Keystrokes: consecutive `form.change` events on one field keep only the last value (a form field only keeps its
 *   latest value, so the replay is the same).
 */
import type { SavedSession, ScriptEvent, ScriptStep, SessionMode } from './persistence';
import { standInPasswords, typedPasswords } from './sharePasswords';
import type { LessonScript } from './view';

export const SHARE_VERSION = 1;
export const SHARE_PREFIX = '#share=';

/**
 * Presenter mode's settings, carried through a link unchanged (presenter mode reads them; this module only keeps them).
 * Values are plain so a link stays readable by versions that know fewer settings.
 */
export type PresenterSettings = Record<string, string | number | boolean>;

/** What a link carries (version 1). */
export interface SharedState {
  seed: string | null;
  mode: SessionMode;
  /** Per step: its mode, the cloud log length after it, and the free-mode events that followed. */
  steps: { mode: SessionMode; log: number; events?: ScriptEvent[] }[];
  /** The inspector tab that was open (`tokens`, `requests`…). */
  tab?: string;
  presenter?: PresenterSettings;
  /** Whether the passwords in `steps` are the ones typed, stand-ins, or the learner typed none of their own. */
  passwords: 'typed' | 'stand-ins' | 'none';
}

export interface ShareOptions {
  includePasswords: boolean;
  tab?: string;
  presenter?: PresenterSettings;
}

type Lz = Pick<typeof import('lz-string'), 'compressToEncodedURIComponent' | 'decompressFromEncodedURIComponent'>;
export const loadLz = (): Promise<Lz> => import('lz-string').then((m) => (m.default ?? m) as Lz);

/** The link's state from a saved session: keys dropped, passwords replaced unless included, keystrokes folded. */
export function sharedStateOf(record: SavedSession, options: ShareOptions): SharedState {
  const steps = record.steps.map(({ mode, log, events }) => ({ mode, log, ...(events?.length ? { events: foldKeystrokes(events) } : {}) }));
  return {
    seed: record.seed,
    mode: record.mode,
    steps: options.includePasswords ? steps : standInPasswords(steps),
    ...(options.tab ? { tab: options.tab } : {}),
    ...(options.presenter ? { presenter: options.presenter } : {}),
    passwords: !typedPasswords(record.steps) ? 'none' : options.includePasswords ? 'typed' : 'stand-ins',
  };
}

function foldKeystrokes(events: ScriptEvent[]): ScriptEvent[] {
  const folded: ScriptEvent[] = [];
  for (const event of events) {
    const last = folded[folded.length - 1];
    if (last && isChange(last) && isChange(event) && last.send['field'] === event.send['field']) folded[folded.length - 1] = event;
    else folded.push(event);
  }
  return folded;
}

const isChange = (event: ScriptEvent): event is { send: { type: string; field?: unknown } } =>
  'send' in event && event.send.type === 'form.change' && typeof event.send['field'] === 'string';

/** The fragment (`#share=…`) for a lesson at a step (0-based `stepIndex`). */
export function encodeShareFragment(lz: Lz, lessonId: string, state: SharedState): string {
  return `${SHARE_PREFIX}${SHARE_VERSION}/${encodeURIComponent(lessonId)}/${state.steps.length}/${lz.compressToEncodedURIComponent(JSON.stringify(state))}`;
}

/** What the clear part of a fragment says, read without lz-string; undefined when it is no share link. */
export function peekShareFragment(hash: string): { version: string; lessonId?: string; step?: number } | undefined {
  if (!hash.startsWith(SHARE_PREFIX)) return undefined;
  const [version = '', lesson, step] = hash.slice(SHARE_PREFIX.length).split('/');
  let lessonId: string | undefined;
  try {
    lessonId = lesson ? decodeURIComponent(lesson) : undefined;
  } catch {
    lessonId = undefined;
  }
  const stepNumber = step && /^[1-9]\d{0,3}$/.test(step) ? Number(step) : undefined;
  return { version, ...(lessonId && /^[a-z0-9-]+$/.test(lessonId) ? { lessonId } : {}), ...(stepNumber ? { step: stepNumber } : {}) };
}

export type DecodedShare = { lessonId: string; state: SharedState } | { lessonId?: string; problem: string };

/** Reads a fragment back; never throws: a damaged or other-version link says what is wrong and, when it can, its lesson. */
export function decodeShareFragment(lz: Lz, hash: string): DecodedShare | undefined {
  const peeked = peekShareFragment(hash);
  if (!peeked) return undefined;
  const known = peeked.lessonId ? { lessonId: peeked.lessonId } : {};
  if (peeked.version !== String(SHARE_VERSION))
    return { ...known, problem: `it was made by a different version of the simulator (link version “${peeked.version}”)` };
  if (!peeked.lessonId) return { problem: 'it does not say which lesson it is for' };
  const packed = hash.slice(SHARE_PREFIX.length).split('/')[3] ?? '';
  let value: unknown;
  try {
    value = JSON.parse(lz.decompressFromEncodedURIComponent(packed) || 'null');
  } catch {
    value = undefined;
  }
  const problem = stateProblem(value);
  if (problem) return { ...known, problem };
  const state = value as SharedState;
  if (state.steps.length !== peeked.step) return { ...known, problem: 'its step does not match its script' };
  return { lessonId: peeked.lessonId, state };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isMode = (value: unknown): value is SessionMode => value === 'guided' || value === 'free';

function stateProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'it is damaged (perhaps cut short when it was copied)';
  if (value['seed'] !== null && typeof value['seed'] !== 'string') return 'its seed is damaged';
  if (!isMode(value['mode'])) return 'its mode is damaged';
  const steps = value['steps'];
  if (!Array.isArray(steps) || steps.length === 0) return 'its steps are missing';
  for (const step of steps) {
    if (!isObject(step) || !isMode(step['mode']) || typeof step['log'] !== 'number') return 'a step is damaged';
    if (step['events'] !== undefined && !Array.isArray(step['events'])) return 'a step’s events are damaged';
  }
  if (value['tab'] !== undefined && typeof value['tab'] !== 'string') return 'its tab is damaged';
  if (value['presenter'] !== undefined && !isObject(value['presenter'])) return 'its presenter settings are damaged';
  return undefined;
}

/**
 * The saved session a link stands for, on this course's lesson: the steps' actions come from the lesson, the keys from
 * the opener (none yet: the session makes its own). The session's own checks (persistence.ts) then validate the events.
 */
export function savedSessionOf(state: SharedState, lesson: LessonScript): SavedSession | { problem: string } {
  if (state.steps.length > lesson.steps.length) return { problem: `the lesson “${lesson.lessonId}” now has fewer steps than the link` };
  const steps = state.steps.map(({ mode, log, events }, i): ScriptStep => ({ ...lesson.steps[i], mode, log, ...(events ? { events } : {}) }));
  return {
    version: 2,
    seed: state.seed,
    keys: [],
    lesson: { lessonId: lesson.lessonId, flow: lesson.flow, scenario: lesson.scenario, stepCount: lesson.steps.length },
    mode: state.mode,
    steps,
  };
}
