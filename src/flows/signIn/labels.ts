/**
 * The labels of the signIn flow's guided actions, by id: loaded with the page (the lesson shows them and checks its action ids),
 * while the plans (guided.ts) load with the flow's machine. test/flows/guided.test.ts checks both name the same actions.
 */
/** What `signInGuided` (./guided.ts) can do, by action id: its labels. */
export const signInLabels: Record<string, string> = {
  'signIn.submit': 'Sign in',
  'signIn.submitWrongPassword': 'Sign in with a wrong password',
  'signIn.allowPasswordAuth': 'Allow USER_PASSWORD_AUTH for the app client',
  'newPassword.submit': 'Choose a new password',
  'profile.get': 'Show my profile',
  'tokens.refresh': 'Refresh the tokens',
  'signOut.global': 'Sign out everywhere',
  'api.call': 'Call your API with the access token',
  'api.callWithIdToken': 'Call your API with the ID token',
  'api.callCheckingRevocation': 'Call your API, which also asks the pool about revocation',
  'forgot.start': 'Forgot your password?',
  'forgot.request': 'Send me a reset code',
  'forgot.confirm': 'Type the reset code and a new password',
};
