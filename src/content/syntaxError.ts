/** A mistake in a lesson file, thrown inside the parser and turned into a LessonProblem at its boundary. */
export class LessonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'LessonSyntaxError';
  }
}
