/**
 * The lesson sources, bundled by Vite: the only file of src/content that touches Vite.
 * Keys are paths like `../../lessons/01-authentication-vs-authorization.md`; lessons/README.md is among them and is skipped by loadCourse.
 */
export const lessonFiles = import.meta.glob<string>('../../lessons/*.md', { query: '?raw', import: 'default', eager: true });
