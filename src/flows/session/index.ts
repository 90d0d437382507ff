/** The running simulation (see session.ts): the one door the UI and tests use. */
export { createSession } from './session';
export type {
  AppTab,
  DeveloperAction,
  DeveloperOutcome,
  LessonScript,
  LessonScriptStep,
  Progress,
  Session,
  SessionMode,
  SessionOptions,
  SessionView,
  StorageLike,
} from './session';
