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
  /** For story steps: which cast tells the message (`In Cognito`); the diagram groups each cast's participants in a box. */
  cast?: string;
  quiz?: Quiz;
  /** Speaker notes (a ```notes block) rendered to HTML: shown only in presenter mode. */
  notesHtml?: string;
  /** `focus=<Tab>:<path>`: the inspector tab to open on arriving at the step and the field in it to point at. */
  focus?: StepFocus;
}

/**
 * Where a step points: `tab` as written (an inspector's id or label, any case; the UI checks it) and the path to the field,
 * e.g. `['id', 'email']` in the Tokens tab or `['UserPool', 'SchemaAttributes', 2]` in the Requests tab. An empty path
 * only opens the tab.
 */
export interface StepFocus {
  tab: string;
  path: (string | number)[];
}

/** A neighbour in the course, for "previous lesson" / "next lesson" links. */
export interface LessonLink {
  id: string;
  title: string;
}

/** The chapter a lesson belongs to, as the lesson carries it. */
export interface ChapterRef {
  /** The folder name without its number: `user-pools` for `lessons/02-user-pools/`. */
  id: string;
  title: string;
}

/** A chapter folder, `lessons/NN-slug/`, with its `meta.yml`. */
export interface Chapter extends ChapterRef {
  /** The folder name's numeric prefix. */
  order: number;
  summary: string;
  /** The metadata file, e.g. `lessons/02-user-pools/meta.yml`. */
  file: string;
  /** Ids of its lessons that loaded, in order. */
  lessons: string[];
}

/** Front matter a chapter's meta.yml may set for all its lessons; a lesson's own value wins. */
export interface LessonDefaults {
  flow?: string;
  scenario?: string;
}

export interface Lesson {
  /** The slug: the file name without its number and `.md`; the lesson's address is `#/<id>`, whatever its chapter. */
  id: string;
  /** The file name's numeric prefix: its place in its chapter. */
  order: number;
  /** Where it came from, e.g. `lessons/02-user-pools/01-user-pool-defaults.md`. */
  file: string;
  chapter: ChapterRef;
  title: string;
  summary: string;
  flow: string;
  scenario: string;
  /** Markdown before the first step (build time only: the browser's copy leaves it out). */
  intro?: string;
  /** `intro` rendered to HTML when the course was built. */
  introHtml: string;
  steps: LessonStep[];
  /**
   * The browser's copy of a lesson other than the first comes without its text (the HTML of its introduction, steps,
   * notes and quiz explanations), which loads when the lesson is opened (src/content/texts.ts).
   */
  textPending?: true;
  /** The neighbours in the whole course, across chapter boundaries. */
  prev?: LessonLink;
  next?: LessonLink;
}

/** A lesson file as parsed on its own, before the course places it in its chapter and links it. */
export type ParsedLesson = Omit<Lesson, 'chapter' | 'prev' | 'next'>;

/** Why a lesson file could not be loaded. The other lessons load regardless. */
export interface LessonProblem {
  /** The lesson file, or a chapter's `meta.yml`. */
  file: string;
  /** The chapter the file is in, when it is in one. */
  chapter?: ChapterRef;
  /** 1-based line in the file, when the problem is on one line. */
  line?: number;
  message: string;
}

export interface Course {
  /** Sorted by their chapter's number, then their own; prev/next filled in. */
  lessons: Lesson[];
  /** Sorted by their number, each with its lessons' ids in order. */
  chapters: Chapter[];
  problems: LessonProblem[];
}

/** The fields holding Markdown as written: the build leaves them out of the browser's copy, which needs only the HTML. */
export const MARKDOWN_SOURCES = ['intro', 'body', 'explain'] as const;
