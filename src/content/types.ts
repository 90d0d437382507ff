/**
 * What a lesson file becomes once parsed. Markdown is rendered to HTML when the course is built, so the browser needs no
 * Markdown parser; the sources stay behind (see MARKDOWN_SOURCES). Flow, scenario, action and state ids are kept as the strings the author wrote:
 * content does not import flows, so the UI checks them against the flow registry.
 */

/** Who decides at this moment of a story: the same two labels the Sequence transcript uses. */
export type StepLabel = 'authentication' | 'authorization';

/** A check-your-understanding question, from a ```quiz block. `answer` is the 0-based index into `options`. */
export interface Quiz {
  question: string;
  options: string[];
  answer: number;
  /** Markdown as written (build time only: the browser's copy of the course carries just the HTML). */
  explain?: string;
  /** `explain` rendered to HTML when the course was built. */
  explainHtml?: string;
}

/** One `## Heading {attributes}` section of a lesson. */
export interface LessonStep {
  title: string;
  /** Markdown, without the heading and without the quiz block (build time only: the browser's copy leaves it out). */
  body?: string;
  /** `body` rendered to HTML when the course was built: what the UI shows. */
  bodyHtml: string;
  /** A guided action id of the lesson's flow (`signUp.submit`), or one every flow has (`inbox.open`, `clock.advanceDay`). */
  action?: string;
  /** The flow state this text is about, dotted for nested states (`signedIn.profileShown`). */
  state?: string;
  /** For story steps: a Mermaid sequence message, `Sender->>Receiver: text`. */
  message?: string;
  label?: StepLabel;
  quiz?: Quiz;
}

/** A neighbour in the course, for "previous lesson" / "next lesson" links. */
export interface LessonLink {
  id: string;
  title: string;
}

export interface Lesson {
  /** The slug: the file name without its number and `.md`; the lesson's address is `#/<id>`. */
  id: string;
  /** The file name's numeric prefix. */
  order: number;
  /** Where it came from, e.g. `lessons/03-a-user-pool.md`. */
  file: string;
  title: string;
  summary: string;
  flow: string;
  scenario: string;
  /** Markdown before the first step (build time only: the browser's copy leaves it out). */
  intro?: string;
  /** `intro` rendered to HTML when the course was built. */
  introHtml: string;
  steps: LessonStep[];
  prev?: LessonLink;
  next?: LessonLink;
}

/** Why a lesson file could not be loaded. The other lessons load regardless. */
export interface LessonProblem {
  file: string;
  /** 1-based line in the file, when the problem is on one line. */
  line?: number;
  message: string;
}

export interface Course {
  /** Sorted by their numeric prefix, prev/next filled in. */
  lessons: Lesson[];
  problems: LessonProblem[];
}

/** The fields holding Markdown as written: the build leaves them out of the browser's copy, which needs only the HTML. */
export const MARKDOWN_SOURCES = ['intro', 'body', 'explain'] as const;
