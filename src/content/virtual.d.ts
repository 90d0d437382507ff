declare module 'virtual:cognito-course' {
  const course: import('./types').Course;
  export default course;
  /** Every lesson's text but the first's, each loaded on demand. */
  export const texts: Record<string, () => Promise<{ default: import('./texts').LessonText | null }>>;
}
