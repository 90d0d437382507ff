/**
 * The labels of the googleIdentityPool flow's guided actions, by id: loaded with the page (the lesson shows them and checks its action ids),
 * while the plans (guided.ts) load with the flow's machine. test/flows/guided.test.ts checks both name the same actions.
 */
/** What `googleIdentityPoolGuided` (./guided.ts) can do, by action id: its labels. */
export const googleIdentityPoolLabels: Record<string, string> = {
  'google.signIn': 'Sign in with Google',
  'google.enterPassword': 'Sign in at Google as jane.doe@gmail.com',
  'google.wrongPassword': 'Sign in at Google with a wrong password',
  'google.allow': 'Allow the app at Google',
  'google.cancel': 'Cancel at Google',
  'idpool.getId': 'GetId with Google’s ID token',
  'idpool.getCredentials': 'GetCredentialsForIdentity',
  'idpool.getOpenIdToken': 'GetOpenIdToken',
  'token.exchange': 'AssumeRoleWithWebIdentity at STS',
  'notes.putOwn': 'Save a note under my prefix',
  'notes.listAll': 'List the whole bucket',
  'app.signOut': 'Sign out of the app',
};
