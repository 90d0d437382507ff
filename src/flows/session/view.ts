/** The session's public shapes: what the UI passes in (LessonScript) and what it reads (SessionView). See session.ts. */
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import {
  cognitoIdentity,
  cognitoIdp,
  iam,
  sts,
  type CloudSnapshot,
  type IamView,
  type IdentityPoolsView,
  type StsView,
  type LogEntry,
  type OutboxMessage,
  type SigningKeyInput,
  type UserPoolsView,
} from '../../engine';
import type { AppTab, Progress, SessionMode, StorageLike } from './persistence';
import type { DeveloperAction, DeveloperOutcome } from './developer';
import { getFlow } from '../registry';
import { snapshotOf, type HistoryEntry, type Timeline } from './timeline';
import type { AppEvent, FlowId, ScenarioId, ScenarioSetup } from '../types';

/** A lesson as the session runs it (the UI builds it from the parsed lesson; flows never import content). */
export interface LessonScript {
  lessonId: string;
  flow: FlowId;
  scenario: ScenarioId;
  steps: LessonScriptStep[];
}

export interface LessonScriptStep {
  /** A guided action id of the lesson's flow (`signUp.submit`, `clock.advanceDay`…). */
  action?: string;
  /** For `story.tell`: the message it adds, `A->>B: text`. */
  message?: string;
  label?: string;
  /** For `story.tell`: the cast that tells the message (`In Cognito`). */
  cast?: string;
}

export interface SessionView {
  lessonId: string | null;
  stepIndex: number;
  stepCount: number;
  mode: SessionMode;
  appTab: AppTab;
  flowId: FlowId;
  machine: AnyStateMachine;
  /** The active flow actor's snapshot: `snapshot.value`, `snapshot.context.form`, `snapshot.context.error`… */
  snapshot: AnyMachineSnapshot;
  /** Every request the cloud answered, oldest first (the scenario's from 0, the lesson's from `logStart`). */
  log: readonly LogEntry[];
  /** Every email and SMS the pools sent, oldest first: the inbox. */
  outbox: readonly OutboxMessage[];
  /** The identity pools' read model (`cloud.inspect(cognitoIdentity)`): pools, default roles, identities and their logins. */
  identityPools: IdentityPoolsView;
  /** The user pools' read model (`cloud.inspect(cognitoIdp)`): users, clients, key ids, revocations, refresh tokens. */
  userPools: UserPoolsView;
  /** IAM's read model (`cloud.inspect(iam)`): roles with their trust and permissions policies, managed policies. */
  iam: IamView;
  /** STS's read model: the temporary credentials issued, oldest first. */
  sts: StsView;
  /** Fetches what any client could (a pool's JWKS) without logging it, drawing ids or changing the cloud (`cloud.peek`). */
  peek(url: string): Promise<Response>;
  setup: ScenarioSetup;
  logStart: number;
  /** `log` length after each step: step j's own messages are `log.slice(stepLogMarks[j-1] ?? logStart, stepLogMarks[j])`. */
  stepLogMarks: number[];
  /** Simulated time, epoch ms. */
  now: number;
  /** A step is being performed or a cloud call is in flight: step controls and forms wait. */
  busy: boolean;
  lastAction?: { id: string; label: string; typed?: Record<string, string> };
  notice?: string;
  progress: Progress;
  /** The mode each step so far was performed in: "Done for you" only where guided mode did it. */
  stepModes: SessionMode[];
  /** Free-mode changes took the lesson off the guided run's path (`Session.backOnPath` replays it). */
  offPath: boolean;
}

export interface SessionOptions {
  /** Where to save progress (e.g. `localStorage`); without it nothing is saved. */
  storage?: StorageLike;
  /** RS256 private JWKs for new pools (tests inject fixtures); default two keys generated once per session. */
  keys?: SigningKeyInput[] | Promise<SigningKeyInput[] | undefined>;
  /** The cloud's seed: same seed and same steps give the same ids and codes. */
  seed?: string;
}

export interface Session {
  getView(): SessionView;
  subscribe(listener: () => void): () => void;
  openLesson(script: LessonScript, stepIndex?: number): Promise<void>;
  next(): Promise<void>;
  previous(): Promise<void>;
  goToStep(stepIndex: number): Promise<void>;
  reset(): Promise<void>;
  /** Replays the lesson's guided run up to the current step, in guided mode: the app and the cloud as the text tells them. */
  backOnPath(): Promise<void>;
  /** "New class": forgets every lesson's progress, Free mode and the saved session, then opens `first` at its start. */
  newClass(first: LessonScript): Promise<void>;
  /** Free mode: what the app's forms send the active flow. Ignored while `busy`. */
  send(event: AppEvent): void;
  advanceClock(ms: number): void;
  /**
   * The developer saves a role's permissions policy (developer.ts): a real IAM request, recorded in the current step so a
   * reload replays it and "Previous step" undoes it. Resolves with AWS's error when the cloud refused it.
   */
  developerAction(developer: DeveloperAction): Promise<DeveloperOutcome>;
  setMode(mode: SessionMode): void;
  setAppTab(tab: AppTab): void;
  dismissNotice(): void;
  /** The event types guided action `id` of the running flow would send now (nothing is sent); undefined if it cannot. */
  plannedEvents(id: string): string[] | undefined;
  /**
   * What the next step would show, worked out on a copy of the current state: nothing in the session changes, nothing is
   * saved or announced. Lets the UI draw the next diagram while the learner reads. Undefined at the last step or while a
   * step runs. The same seed, clock and keys make the copy's requests and answers the ones the real step will get.
   */
  previewNext(): Promise<SessionView | undefined>;
  /** Resolves when no step is being performed, no cloud call is in flight and the latest state is saved. */
  settled(): Promise<void>;
  /** Writes the latest state to storage now (it is otherwise written in a task of its own right after each change). */
  flush(): void;
  /** What the cloud holds now, as plain JSON (tests and debugging: the UI reads the view). */
  cloudSnapshot(): CloudSnapshot;
  /** Stops the actor and forgets listeners. */
  dispose(): void;
}

/** The lesson a session runs (a null lessonId: no lesson opened yet). */
export interface RunningLesson {
  lessonId: string | null;
  flow: FlowId;
  scenario: ScenarioId;
  steps: LessonScriptStep[];
  stepCount: number;
}

export interface ViewParts {
  lesson: RunningLesson;
  history: HistoryEntry[];
  timeline: Timeline;
  mode: SessionMode;
  appTab: AppTab;
  logStart: number;
  operations: number;
  stepModes: SessionMode[];
  offPath: boolean;
  lastAction: SessionView['lastAction'];
  notice: string | undefined;
  progress: Progress;
}

/** No lesson open: the story flow, with nothing to tell. */
export const NO_LESSON: RunningLesson = { lessonId: null, flow: 'story', scenario: 'none', steps: [], stepCount: 0 };

/** What the session keeps between views (the timeline and the operations running are its own). */
export type SessionParts = Omit<ViewParts, 'timeline' | 'operations' | 'stepModes' | 'offPath'>;

/** A session's parts before anything is opened or resumed. */
export function emptyParts(): SessionParts {
  const progress: Progress = { version: 1, lessons: {} };
  return { lesson: NO_LESSON, history: [], mode: 'guided', appTab: 'app', logStart: 0, lastAction: undefined, notice: undefined, progress };
}

/** A fresh, immutable view for React (a new object only when something changed). */
export function buildView(parts: ViewParts): SessionView {
  const snapshot = snapshotOf(parts.timeline);
  const flow = getFlow(parts.timeline.flowId);
  const { cloud } = parts.timeline;
  let userPools: UserPoolsView | undefined;
  let iamView: IamView | undefined;
  let stsView: StsView | undefined;
  let identityPools: IdentityPoolsView | undefined;
  return {
    // Read only when a panel asks (a read model copies the state): most refreshes never need them.
    get userPools() {
      return (userPools ??= cloud.inspect(cognitoIdp));
    },
    get iam() {
      return (iamView ??= cloud.inspect(iam));
    },
    get sts() {
      return (stsView ??= cloud.inspect(sts));
    },
    get identityPools() {
      return (identityPools ??= cloud.inspect(cognitoIdentity));
    },
    lessonId: parts.lesson.lessonId,
    stepIndex: Math.max(0, parts.history.length - 1),
    stepCount: parts.lesson.stepCount,
    mode: parts.mode,
    appTab: parts.appTab,
    flowId: flow.id,
    machine: parts.timeline.machine,
    snapshot,
    log: parts.timeline.cloud.log.entries,
    outbox: parts.timeline.cloud.outbox.entries,
    peek: (url) => parts.timeline.cloud.peek(url),
    setup: parts.timeline.setup,
    logStart: parts.logStart,
    stepLogMarks: parts.history.map((entry) => entry.cloud.log.length),
    now: parts.timeline.clock.now(),
    busy: parts.operations > 0 || snapshot.hasTag('busy'),
    ...(parts.lastAction ? { lastAction: parts.lastAction } : {}),
    ...(parts.notice ? { notice: parts.notice } : {}),
    progress: parts.progress,
    stepModes: parts.stepModes,
    offPath: parts.offPath,
  };
}
