/**
 * Opening a share link (src/flows/session/shareLink.ts). Before the first render the address is rewritten to the lesson's
 * `#/<lesson>/<step>`; then, before the session starts, the link's replay script becomes the saved session, which the
 * session replays as it would after a reload. A damaged or other-version link opens its lesson (or the first) at step 1
 * with a notice. Replaces whatever session this browser had saved.
 */
import type { Course } from '../../content';
import { decodeShareFragment, loadLz, peekShareFragment, savedSessionOf } from '../../flows/session/shareLink';
import { requestInspectorTab } from '../inspectors/openTab';
import { scriptOf } from './course';
import { SESSION_KEY } from './opening';
import { lessonHash, withPresenterSettings } from './route';
import { replaceHash } from './useHashRoute';

let pending: string | undefined;

/** Called before the first render: a share link's address becomes its lesson's (the link is kept to open). */
export function takeShareLink(course: Course): void {
  const peeked = peekShareFragment(window.location.hash);
  if (!peeked) return;
  pending = window.location.hash;
  const lesson = course.lessons.find((l) => l.id === peeked.lessonId) ?? course.lessons[0];
  if (lesson) replaceHash(lessonHash(lesson.id, Math.min(lesson.id === peeked.lessonId ? (peeked.step ?? 1) : 1, lesson.steps.length)));
}

/** Makes the taken link the saved session; returns the notice to show. Never throws. */
export async function acceptShareLink(course: Course, storage: Storage | undefined): Promise<string | undefined> {
  const hash = pending;
  pending = undefined;
  if (!hash) return undefined;
  const lessonId = peekShareFragment(hash)?.lessonId;
  const lesson = course.lessons.find((l) => l.id === lessonId);
  const fail = (problem: string) => {
    const first = lesson ?? course.lessons[0];
    if (first) replaceHash(lessonHash(first.id, 1));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const what = lesson ? `the lesson “${lesson.title}” opens at its first step` : 'the course opens at its first lesson';
    return `This share link could not be opened: ${problem}. Instead ${what}.`;
  };
  let decoded;
  try {
    decoded = decodeShareFragment(await loadLz(), hash)!;
  } catch (error) {
    return fail(`the code that reads it did not load (${error instanceof Error ? error.message : String(error)})`);
  }
  if ('problem' in decoded) return fail(decoded.problem);
  if (!lesson) return fail(`this course has no lesson “${decoded.lessonId}”`);
  const record = savedSessionOf(decoded.state, scriptOf(lesson));
  if ('problem' in record) return fail(record.problem);
  try {
    if (!storage) throw new Error('the browser blocks storage');
    storage.setItem(SESSION_KEY, JSON.stringify(record));
  } catch (error) {
    return fail(`it is replayed through the browser’s storage, which refused (${error instanceof Error ? error.message : String(error)})`);
  }
  if (decoded.state.tab) requestInspectorTab(decoded.state.tab);
  // Presenter mode and its reveal, as the sharer had them.
  replaceHash(withPresenterSettings(window.location.hash, decoded.state.presenter));
  const passwords =
    decoded.state.passwords === 'stand-ins'
      ? ' Passwords the sharer typed were left out: stand-ins of the same length and kinds of characters were typed instead.'
      : '';
  return (
    `You opened a share link: “${lesson.title}”, step ${record.steps.length}, replayed here step by step.${passwords}` +
    ' Tokens are signed with this browser’s own keys, so their bytes differ from the sharer’s.'
  );
}
