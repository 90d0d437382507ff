/**
 * The state chart in words a learner reads: a state key becomes words (`awaitingCode` → "awaiting code"), an app event
 * says who does what ("the learner submits the form"), an invoke's result names the AWS action and how it ended
 * ("SignUp answered", "InitiateAuth refused"), and a guard reads as a condition ("if new password required").
 */

/** What each event the flows' machines take means, as the button or link a person presses would say it. */
export const EVENT_WORDS: Record<string, string> = {
  'form.submit': 'submit the form',
  'form.change': 'edit the form',
  'code.resend': 'ask for a new code',
  'forgot.start': 'forgot the password',
  'forgot.request': 'ask for a reset code',
  'forgot.confirm': 'set a new password',
  'forgot.cancel': 'back to sign-in',
  'profile.get': 'load the profile',
  'tokens.refresh': 'refresh the tokens',
  'signOut.global': 'sign out everywhere',
  'signIn.restart': 'sign in again',
  'signUp.startOver': 'start over',
  'client.allowPasswordAuth': 'allow password sign-in',
  'console.describePool': 'open the pool',
  'console.describeClient': 'open the app client',
  'story.tell': 'next message',
  'api.call': 'call your API',
  'api.callWithIdToken': 'call your API with the ID token',
  'api.callCheckingRevocation': 'call your API, checking revocation',
  'guest.start': 'continue as a guest',
  'signUp.submit': 'sign up',
  'signIn.start': 'sign in',
  'signIn.cancel': 'stay a guest',
  'notes.put': 'save my notes',
  'notes.get': 'read my notes',
  'notes.list': 'list my notes',
  'notes.putOther': "write another identity's notes",
  'notes.getOther': "read another identity's notes",
  'roles.list': 'list IAM roles',
  'sync.write': 'save a setting',
  'credentials.refresh': 'get fresh credentials',
  'developer.allowOwnNotes': 'the developer allows per-identity notes',
  'developer.allowIamForGuests': 'the developer allows IAM reads for guests',
  'developer.freezeNotes': 'the developer denies note writes',
  'integration.save': 'save App integration',
  'hostedUi.launch': 'launch the hosted UI',
  'hostedUi.logout': 'sign out through /logout',
  'hostedUi.switchUser': 'sign out and sign in as someone else',
  'users.link': 'link the Google account to the user',
  'users.replaceWithLink': 'delete the Google user, then link',
  'browser.navigate': 'open an address in the browser',
  'browser.submit': 'submit the page’s form',
  'browser.back': 'press Back in the browser',
  'resourceServer.create': 'the developer creates the resource server',
  'client.create': 'the developer creates the machine’s app client',
  'token.request': 'the job asks /oauth2/token for a token',
  'app.signOut': 'sign out',
  'classic.getId': 'get an identity',
  'classic.getOpenIdToken': 'get the OpenID token',
  'classic.assumeRole': 'exchange it at STS',
  'classic.syncList': 'read my settings',
  'classic.restart': 'start again',
  'trust.wrongAmr': 'the developer requires amr authenticated',
  'trust.wrongAud': 'the developer names another pool as aud',
  'trust.restore': "the developer restores Cognito's trust policy",
  'kind.choose': 'choose a kind of user',
  'kind.change': 'choose another kind of user',
  'actions.run': 'try every request',
  'devices.connect': 'sign in on both devices',
  'device.edit': 'save a value on a device',
  'device.goOffline': 'take a device offline',
  'device.goOnline': 'bring a device back online',
  'device.sync': 'sync a device',
  'conflicts.ask': 'let me resolve conflicts',
  'conflicts.lastWriterWins': 'let the later change win',
  'conflict.resolveWithRemoteRecord': 'keep the other device’s value',
  'conflict.resolveWithLocalRecord': 'keep this device’s value',
  'conflict.resolveWithValue': 'resolve with a new value',
  'google.signIn': 'sign in with Google',
  'idpool.getId': 'get an identity',
  'idpool.getCredentials': 'get credentials',
  'idpool.getOpenIdToken': 'get the OpenID token',
  'token.exchange': 'exchange it at STS',
  'notes.putOwn': 'save a note',
  'notes.listAll': 'list the bucket',
};

/** Invoked actors that call no AWS action: how their answer and their failure read. */
const ACTOR_WORDS: Record<string, { done: string; error: string }> = {
  callYourApi: { done: 'your API answered', error: 'no answer from your API' },
  signedRequest: { done: 'the signed request was answered', error: 'no answer to the signed request' },
  syncListRecords: { done: 'ListRecords answered', error: 'ListRecords refused' },
  syncUpdateRecords: { done: 'UpdateRecords answered', error: 'UpdateRecords refused' },
  deviceClock: { done: 'the device dated the edit', error: 'the device clock failed' },
};

/** `awaitingCode` → `awaiting code`; `newPasswordRequired` → `new password required`. */
export function words(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[._-]+/g, ' ')
    .toLowerCase()
    .trim();
}

/** `initiateAuth` → `InitiateAuth`: the flows name their invoked actors after the AWS action they call. */
function actionName(actorId: string): string {
  return actorId.charAt(0).toUpperCase() + actorId.slice(1);
}

/** A transition's label in plain words; `guard` is the guard's name (`isNewPasswordRequired`). */
export function plainTransition(eventType: string, guard?: string): string {
  const done = /^xstate\.done\.actor\.(.+)$/.exec(eventType);
  const error = /^xstate\.error\.actor\.(.+)$/.exec(eventType);
  const actor = (done ?? error)?.[1] ?? '';
  const own = Object.hasOwn(ACTOR_WORDS, actor) ? ACTOR_WORDS[actor] : undefined;
  const event = own
    ? done
      ? own.done
      : own.error
    : done
      ? `${actionName(done[1]!)} answered`
      : error
        ? `${actionName(error[1]!)} refused`
        : (EVENT_WORDS[eventType] ?? words(eventType));
  return guard ? `${event}: ${words(guard.replace(/^(is|has)(?=[A-Z])/, ''))}` : event;
}
