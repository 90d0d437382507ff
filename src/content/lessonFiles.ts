/**
 * The course as Vite hands it over: every lesson in `lessons/` parsed at build time by the `cognito-simulator:course`
 * plugin in vite.config.ts (with this folder's own parser), so the browser does no YAML or front-matter work at start-up.
 * The only file of src/content that touches Vite.
 */
import prebuilt from 'virtual:cognito-course';
import type { Course } from './types';

export const prebuiltCourse: Course = prebuilt;
