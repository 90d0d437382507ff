/**
 * The labels of the hostedUi flow's guided actions, by id: loaded with the page (the lesson shows them and checks its action ids),
 * while the plans (guided.ts) load with the flow's machine. test/flows/guided.test.ts checks both name the same actions.
 */
/** What `hostedUiGuided` (./guided.ts) can do, by action id: its labels. */
export const hostedUiLabels: Record<string, string> = {
  'integration.article': 'Fill in App integration as the article does (a domain, http://localhost, the implicit grant, scopes) and save',
  'integration.wrongCallback': 'Save a callback over plain http on a real host (https://… is required outside localhost)',
  'integration.codeFlow': 'Switch the app to the authorization code grant (with PKCE) and save',
  'integration.confidential': 'Choose a confidential app client (a server-side web app) with the code grant and save: the console creates it with a secret',
  'server.wrongSecret': 'Mistype the client secret in the app’s server, then launch the hosted UI again',
  'server.rightSecret': 'Copy the client secret from the console into the app’s server again, then launch the hosted UI',
  'server.withoutPkce': 'Let the app’s server use the code grant without PKCE (its secret alone proves who exchanges the code)',
  'hostedUi.launch': 'Launch Hosted UI',
  'hostedUi.signIn': 'Sign in on the hosted UI as abc.xyz@gmail.com',
  'hostedUi.signInWrong': 'Sign in on the hosted UI with a wrong password',
  'hostedUi.openSignUp': 'Follow the hosted UI’s “Sign up” link',
  'hostedUi.signUpWeak': 'Sign up on the hosted UI as jo.doe@gmail.com with the password “abc”',
  'hostedUi.signUp': 'Sign up on the hosted UI as jo.doe@gmail.com',
  'hostedUi.confirmSignUp': 'Type the code from jo.doe@gmail.com’s newest email on the hosted UI’s confirmation page',
  'hostedUi.back': 'Press Back in the browser',
  'hostedUi.logout': 'Sign out through the hosted UI (/logout)',
  'hostedUi.switchUser': 'Sign out and sign in as someone else (/logout with the callback and response_type)',
};

/** What `federationGuided` (./federationGuided.ts) can do, by action id: its labels. */
export const federationLabels: Record<string, string> = {
  'hostedUi.launchWithGoogle': 'Press the app’s own “Sign in with Google”: /oauth2/authorize with identity_provider=Google, past the hosted UI’s page',
  'hostedUi.continueWithGoogle': 'Press “Continue with Google” on the hosted UI',
  'google.signIn': 'Sign in to the simulated Google as jane.doe@gmail.com',
  'google.allow': 'Allow the app (the user pool) to see your name, email address and picture',
  'hostedUi.continueWithOidc': 'Press the hosted UI’s ExampleID button (the corporate ID)',
  'oidc.signIn': 'Sign in to the simulated OIDC provider as alex.kim@idp.example.com',
  'oidc.allow': 'Allow the app (the user pool) to see your profile and email address',
  'hostedUi.continueWithSaml': 'Press the hosted UI’s CorpSAML link (under “Sign in with your corporate ID”)',
  'hostedUi.launchWithIdpIdentifier': 'The app sends the user straight to their company’s IdP: /oauth2/authorize with idp_identifier=example.com',
  'saml.signIn': 'Sign in to the simulated SAML IdP as maria.garcia',
  'saml.post': 'Press “Continue to the service provider”: the browser posts the signed assertion to /saml2/idpresponse',
  'saml.tamperAndPost': 'Tamper with the assertion (maria.garcia@example.com → ceo@example.com), then post it to /saml2/idpresponse',
  'users.link': 'As the administrator, link jane.doe@gmail.com’s Google account to the article’s user (AdminLinkProviderForUser)',
  'users.replaceWithLink': 'As the administrator, delete Google_104857392017463829104 (AdminDeleteUser), then link the Google account to the article’s user',
};
