import { useEffect, useMemo } from 'react';
import type { Course } from '../../content';
import type { Session } from '../../flows/session';
import type { Simulation } from '../simulation';
import { LessonPage } from '../lesson/LessonPage';
import { PageMessage } from '../lesson/PageMessage';
import { buildEntries, groupByChapter, type CourseEntry, type TocChapter } from './course';
import { Header } from './Header';
import { NoticeBanner } from './NoticeBanner';
import { firstLessonHash, hasSavedSession } from './opening';
import { lessonHash, parseHash } from './route';
import { SessionContext, useView } from './SessionContext';
import { Toc, type LessonProgress } from './Toc';
import { currentHash, replaceHash, useHashRoute } from './useHashRoute';

interface Props {
  course: Course;
  /** Undefined while the simulation chunk loads and the simulated cloud starts: the lesson text shows at once. */
  sim: Simulation | undefined;
}

function progressOf(lessons: Record<string, { lastStep: number; completed: boolean }>): Record<string, LessonProgress> {
  return Object.fromEntries(Object.entries(lessons).map(([id, p]) => [id, { reached: p.lastStep + 1, completed: p.completed }]));
}

export function App({ course, sim }: Props) {
  const session = sim?.session;
  const entries = useMemo(() => buildEntries(course, sim?.checkLesson), [course, sim]);
  const chapters = useMemo(() => groupByChapter(course, entries), [course, entries]);
  const route = useHashRoute();
  const first = entries.find((e) => e.problems.length === 0) ?? entries[0];
  useEffect(() => {
    // The address may have changed since this render (a link, the learner typing): only an empty one is redirected.
    if (route.lessonId || !first || parseHash(currentHash()).lessonId) return;
    // `#/` or nothing: resume the saved lesson (known once the session has loaded it), else start the course at once.
    if (!session && hasSavedSession()) return;
    const view = session?.getView();
    const saved = view?.lessonId ? entries.find((e) => e.id === view.lessonId && !e.problems.length) : undefined;
    replaceHash(saved ? lessonHash(saved.id, view!.stepIndex + 1) : firstLessonHash(first.id));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }, [route.lessonId, first, entries, session]);
  const entry = route.lessonId ? entries.find((e) => e.id === route.lessonId) : undefined;
  return (
    <SessionContext.Provider value={session}>
      <div className="shell">
        <a
          className="skip-link"
          href="#main"
          onClick={(e) => {
            e.preventDefault();
            document.getElementById('main')?.focus();
          }}
        >
          Skip to the lesson
        </a>
        <Header live={session !== undefined} first={first?.lesson} toc={<ProgressToc chapters={chapters} currentId={entry?.id} session={session} />} />
        {sim && <NoticeBanner session={sim.session} startup={sim.startupNotice} />}
        <main id="main" tabIndex={-1}>
          <Body entries={entries} entry={entry} route={route} first={first} sim={sim} />
        </main>
      </div>
    </SessionContext.Provider>
  );
}

type TocProps = { chapters: TocChapter[]; currentId: string | undefined };

function ProgressToc({ session, ...props }: TocProps & { session: Session | undefined }) {
  return session ? <LiveToc {...props} /> : <Toc {...props} progress={{}} />;
}

/** Subscribes to the session so each lesson's progress updates as steps run. */
function LiveToc(props: TocProps) {
  const lessons = useView().progress.lessons;
  const progress = useMemo(() => progressOf(lessons), [lessons]);
  return <Toc {...props} progress={progress} />;
}

interface BodyProps {
  entries: CourseEntry[];
  entry: CourseEntry | undefined;
  route: ReturnType<typeof useHashRoute>;
  first: CourseEntry | undefined;
  sim: Simulation | undefined;
}

function Body({ entries, entry, route, first, sim }: BodyProps) {
  if (!entries.length) {
    return <PageMessage title="No lessons found">The folder lessons/ has no lesson files.</PageMessage>;
  }
  if (!route.lessonId) return <PageMessage title="Opening the course…">One moment.</PageMessage>;
  const back = first ? <a href={lessonHash(first.id)}>Go to the first lesson: {first.title}</a> : null;
  if (!entry) {
    return (
      <PageMessage title="Lesson not found">
        <p>There is no lesson called “{route.lessonId}”. The address may be mistyped, or the lesson was renamed.</p>
        <p>{back}</p>
      </PageMessage>
    );
  }
  if (entry.problems.length || !entry.lesson) {
    return (
      <PageMessage title={`This lesson cannot be shown: ${entry.file}`} tone="error">
        <p>The lesson file has a problem, so it was left out. The other lessons work as usual.</p>
        <ul className="lesson-problems">
          {entry.problems.map((p) => (
            <li key={p} className="mono">
              {p}
            </li>
          ))}
        </ul>
        <p>{back}</p>
      </PageMessage>
    );
  }
  const steps = entry.lesson.steps.length;
  if (route.badStep !== undefined || (route.step !== undefined && route.step > steps)) {
    return (
      <PageMessage title="Step not found">
        <p>
          “{entry.lesson.title}” has no step “{route.badStep ?? route.step}”: it has {steps} steps, numbered 1 to {steps}.
        </p>
        <p>
          <a href={lessonHash(entry.id, 1)}>Go to step 1 of “{entry.lesson.title}”</a>
        </p>
      </PageMessage>
    );
  }
  return <LessonPage key={entry.id} lesson={entry.lesson} routeStep={route.step} sim={sim} />;
}
