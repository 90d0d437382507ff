/**
 * The labels of the console flow's guided actions, by id: loaded with the page (the lesson shows them and checks its action ids),
 * while the plans (guided.ts) load with the flow's machine. test/flows/guided.test.ts checks both name the same actions.
 */
/** What `consoleGuided` (./guided.ts) can do, by action id: its labels. */
export const consoleLabels: Record<string, string> = {
  'console.describePool': 'Describe the user pool',
  'console.describeClient': 'Describe the app client',
};
