import { useEffect, useMemo, useRef } from 'react';
import type { Lesson } from '../../content';
import { flows, isFlowId } from '../../flows/registry';
import type { SessionView } from '../../flows/session';
import { MockApp } from '../app/MockApp';
import { Inspectors } from '../inspectors/Inspectors';
import { SequencePanel } from '../inspectors/sequence/SequencePanel';
import { scriptOf } from '../shell/course';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { openingStep } from '../shell/opening';
import { lessonHash, parseHash } from '../shell/route';
import { useSession, useView } from '../shell/SessionContext';
import { StepControls } from '../shell/StepControls';
import { replaceHash } from '../shell/useHashRoute';
import { LessonReader } from './LessonReader';
import { Waiting } from './LessonPage';

/** The guided actions' labels, by id; none for a story, whose steps only reveal their message. */
export function actionLabels(lesson: Lesson): Record<string, string> {
  if (!isFlowId(lesson.flow) || lesson.flow === 'story') return {};
  return flows[lesson.flow].labels;
}

/** The current step's last request and what it got: `200 SignUp`, `400 CodeMismatchException`. */
export function stepResult({ log, logStart, stepLogMarks, stepIndex }: SessionView): string | undefined {
  const own = log.slice(stepIndex > 0 ? (stepLogMarks[stepIndex - 1] ?? logStart) : logStart, stepLogMarks[stepIndex] ?? log.length);
  const last = own.at(-1);
  return last && `${last.status} ${last.error?.code ?? last.action}`;
}

/** The lesson with the running simulation: keeps the address and the session's step in step with each other. */
export function LiveLessonPage({ lesson, routeStep }: { lesson: Lesson; routeStep: number | undefined }) {
  const labels = useMemo(() => actionLabels(lesson), [lesson]);
  const session = useSession();
  const view = useView();
  const script = useMemo(() => scriptOf(lesson), [lesson]);
  const opened = useRef(false);
  useEffect(() => {
    const current = session.getView();
    if (!opened.current) {
      opened.current = true;
      // Also after a reload: the restored session needs the lesson's steps before it can go on. (Usually main.tsx has
      // opened it already, and this changes nothing.)
      void session.openLesson(script, openingStep(current, lesson.id, routeStep));
    } else if (routeStep !== undefined && routeStep - 1 !== current.stepIndex) {
      void session.goToStep(routeStep - 1);
    }
  }, [routeStep, script, session, lesson.id]);
  useEffect(() => {
    const current = session.getView();
    if (current.busy || current.lessonId !== lesson.id) return;
    replaceHash(lessonHash(lesson.id, current.stepIndex + 1, parseHash(window.location.hash).tab));
  }, [view.stepIndex, view.busy, view.lessonId, session, lesson.id]);

  const active = view.lessonId === lesson.id;
  useEffect(() => {
    // For the benchmark: the first moment a lesson can be stepped through.
    if (active && !view.busy && !performance.getEntriesByName('cognito:interactive').length) performance.mark('cognito:interactive');
  }, [active, view.busy]);
  const stepIndex = active ? view.stepIndex : (routeStep ?? 1) - 1;
  const nextAction = lesson.steps[stepIndex + 1]?.action;
  const resetLesson = () => void session.reset();
  const resetKey = `${lesson.id}:${view.stepIndex}`;
  const story = lesson.flow === 'story';
  return (
    <div
      className={story ? 'workspace workspace-story' : 'workspace'}
      data-lesson={lesson.id}
      data-step={active ? stepIndex + 1 : 0}
      data-busy={view.busy || !active ? 'true' : 'false'}
    >
      <section className="column column-lesson" aria-label="Lesson">
        <div className="column-scroll">
          <ErrorBoundary name="lesson text" onReset={resetLesson} resetKey={lesson.id}>
            <LessonReader
              lesson={lesson}
              stepIndex={stepIndex}
              actionLabels={labels}
              mode={view.mode}
              stepModes={view.stepModes}
              stepResult={active && !story ? stepResult(view) : undefined}
            />
          </ErrorBoundary>
        </div>
        <StepControls
          stepIndex={stepIndex}
          stepCount={lesson.steps.length}
          busy={view.busy || !active}
          onNext={() => void session.next()}
          onPrevious={() => void session.previous()}
          onReset={resetLesson}
          nextLabel={nextAction ? labels[nextAction] : undefined}
          nextLesson={lesson.next}
        />
      </section>
      {active && story ? (
        <section className="column column-story" aria-label="Story diagram">
          <ErrorBoundary name="story diagram" onReset={resetLesson} resetKey={resetKey}>
            <SequencePanel />
          </ErrorBoundary>
        </section>
      ) : active ? (
        <>
          <section className="column column-app" aria-label="Your app">
            <ErrorBoundary name="app panel" onReset={resetLesson} resetKey={resetKey}>
              <MockApp lesson={lesson} />
            </ErrorBoundary>
          </section>
          <section className="column column-inspectors" aria-label="Inspectors">
            <Inspectors lesson={lesson} onReset={resetLesson} />
          </section>
        </>
      ) : (
        <Waiting story={story} />
      )}
    </div>
  );
}
