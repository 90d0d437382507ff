/**
 * The simulation chunk, loaded with `import()` right after the first paint: the session (engine, flows, XState, jose),
 * the mock app and the inspectors. The lesson text, table of contents and quizzes do not wait for it.
 */
import { createSession, type Session, type SessionOptions } from '../flows/session';
import { LiveLessonPage } from './lesson/LiveLessonPage';
import { checkLesson } from './shell/checkLesson';

export interface Simulation {
  session: Session;
  checkLesson: typeof checkLesson;
  LiveLessonPage: typeof LiveLessonPage;
}

export async function startSimulation(options: SessionOptions): Promise<Simulation> {
  return { session: await createSession(options), checkLesson, LiveLessonPage };
}
