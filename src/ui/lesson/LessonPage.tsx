import type { Lesson } from '../../content';
import type { Simulation } from '../simulation';
import { StepControls } from '../shell/StepControls';
import { LessonReader } from './LessonReader';

interface Props {
  lesson: Lesson;
  /** 1-based step from the address, if it names one. */
  routeStep: number | undefined;
  /** The simulation chunk, once loaded (the lesson text does not wait for it). */
  sim: Simulation | undefined;
}

/** The lesson, the app and the inspectors side by side. Until the simulation has loaded, the lesson text alone. */
export function LessonPage({ lesson, routeStep, sim }: Props) {
  if (sim) return <sim.LiveLessonPage lesson={lesson} routeStep={routeStep} />;
  const stepIndex = (routeStep ?? 1) - 1;
  const story = lesson.flow === 'story';
  return (
    <div className={story ? 'workspace workspace-story' : 'workspace'}>
      <section className="column column-lesson" aria-label="Lesson">
        <div className="column-scroll">
          <LessonReader lesson={lesson} stepIndex={stepIndex} actionLabels={NO_LABELS} />
        </div>
        <StepControls stepIndex={stepIndex} stepCount={lesson.steps.length} busy onNext={noop} onPrevious={noop} onReset={noop} />
      </section>
      <Waiting story={story} />
    </div>
  );
}

const noop = () => undefined;
const NO_LABELS: Record<string, string> = {};

/** The columns the simulation fills once it has loaded: one diagram for a story, else the app and the inspectors. */
export function Waiting({ story = false }: { story?: boolean }) {
  if (story) {
    return (
      <section className="column column-story" aria-label="Story diagram">
        <p className="column-scroll muted">The story’s diagram appears once the lesson is ready.</p>
      </section>
    );
  }
  return (
    <>
      <section className="column column-app" aria-label="Your app">
        <p className="column-scroll muted">Starting the simulated cloud…</p>
      </section>
      <section className="column column-inspectors" aria-label="Inspectors">
        <p className="column-scroll muted">The inspectors appear once the lesson is ready.</p>
      </section>
    </>
  );
}
