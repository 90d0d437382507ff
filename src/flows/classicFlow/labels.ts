/**
 * The labels of the basic flow's guided actions, by id: loaded with the page (the lesson shows them and checks its action ids),
 * while the plans (guided.ts) load with the flow's machine. test/flows/guided.test.ts checks both name the same actions.
 */
/** What `classicGuided` (./guided.ts) can do, by action id: its labels. */
export const classicLabels: Record<string, string> = {
  'classic.getId': 'Get an identity (GetId)',
  'classic.getOpenIdToken': 'Get its OpenID token (GetOpenIdToken)',
  'classic.assumeRole': 'Exchange the token at STS (AssumeRoleWithWebIdentity)',
  'classic.syncList': 'Read my settings with Cognito Sync',
  'classic.restart': 'Start again',
  'trust.wrongAmr': 'As the developer, make the trust policy require amr authenticated',
  'trust.wrongAud': 'As the developer, make the trust policy name another identity pool as aud',
  'trust.restore': 'As the developer, restore Cognito’s trust policy',
};
