/**
 * The simulation chunk, loaded with `import()` right after the first paint: the session (engine, flows, XState, jose),
 * the mock app and the inspectors. The lesson text, table of contents and quizzes do not wait for it.
 */
import { createSession, type Session, type SessionOptions } from '../flows/session';
import { LiveLessonPage } from './lesson/LiveLessonPage';
import { checkLesson } from './shell/checkLesson';

export interface Simulation {
  session: Session;
  /** The session's notice when it started (saved progress that could not be restored), kept apart: opening a lesson clears the session's own. */
  startupNotice: string | undefined;
  checkLesson: typeof checkLesson;
  LiveLessonPage: typeof LiveLessonPage;
}

export async function startSimulation(options: SessionOptions): Promise<Simulation> {
  const session = await createSession(options);
  return { session, startupNotice: session.getView().notice, checkLesson, LiveLessonPage };
}
