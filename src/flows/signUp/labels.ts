/**
 * The labels of the sign-up flow's guided actions, by id: loaded with the page (the lesson shows them and checks its action ids),
 * while the plans (guided.ts) load with the flow's machine. test/flows/guided.test.ts checks both name the same actions.
 */
/** What `signUpGuided` (./guided.ts) can do, by action id: its labels. */
export const signUpLabels: Record<string, string> = {
  'signUp.submit': 'Sign up as abc.xyz@gmail.com',
  'signUp.submitWeakPassword': 'Sign up with the password "abc"',
  'confirm.submit': 'Type the emailed code and confirm',
  'confirm.submitWrongCode': 'Confirm with a wrong code',
  'confirm.resend': 'Ask for a new code',
};
