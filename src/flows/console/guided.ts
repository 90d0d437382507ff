/** The console flow's guided actions. */
import { only } from '../guided';
import type { GuidedAction } from '../types';

export const consoleGuided: Record<string, GuidedAction> = {
  'console.describePool': { label: 'Describe the user pool', plan: () => only('console.describePool') },
  'console.describeClient': { label: 'Describe the app client', plan: () => only('console.describeClient') },
};
