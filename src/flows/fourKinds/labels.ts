/**
 * The labels of the fourKinds flow's guided actions, by id: loaded with the page (the lesson shows them and checks its action ids),
 * while the plans (guided.ts) load with the flow's machine. test/flows/guided.test.ts checks both name the same actions.
 */
/** What `fourKindsGuided` (./guided.ts) can do, by action id: its labels. */
export const fourKindsLabels: Record<string, string> = {
  'kind.chooseAdmin': 'Sign in as the administrator',
  'kind.choosePremium': 'Sign in as the premium (paid) user',
  'kind.chooseAuthenticated': 'Sign in as the authenticated user',
  'kind.chooseGuest': 'Use the app as a guest',
  'actions.run': 'Try every request with these credentials',
  'kind.change': 'Choose another kind of user',
};
