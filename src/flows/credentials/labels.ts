/**
 * The labels of the credentials flow's guided actions, by id: loaded with the page (the lesson shows them and checks its action ids),
 * while the plans (guided.ts) load with the flow's machine. test/flows/guided.test.ts checks both name the same actions.
 */
/** What `credentialsGuided` (./guided.ts) can do, by action id: its labels. */
export const credentialsLabels: Record<string, string> = {
  'identity.continueAsGuest': 'Continue as a guest',
  'identity.startSignIn': 'Sign in (keeping the guest identity)',
  'identity.signIn': 'Sign in to the user pool',
  'identity.signUp': 'Sign up to the user pool',
  'identity.confirm': 'Type the emailed code',
  'identity.signOut': 'Sign out and forget the identity',
  'notes.put': 'Save my notes to S3',
  'notes.get': 'Read my notes from S3',
  'notes.list': 'List my notes (S3 ListObjectsV2 under my prefix)',
  'notes.putOther': "Write into another identity's notes",
  'notes.getOther': "Read another identity's notes",
  'sync.write': 'Save a setting with Cognito Sync',
  'roles.list': 'List IAM roles (a service outside the guest scope-down)',
  'credentials.refresh': 'Get fresh credentials',
  'credentials.waitForExpiry': 'Wait until the credentials expire (an hour and a minute)',
  'developer.allowOwnNotes': 'As the developer, add the per-identity S3 statement to the authenticated role (PutRolePolicy)',
  'developer.allowIamForGuests': 'As the developer, allow IAM reads on the guest role (PutRolePolicy)',
  'developer.freezeNotes': 'As the developer, add an explicit Deny of S3 writes to the authenticated role (PutRolePolicy)',
};
