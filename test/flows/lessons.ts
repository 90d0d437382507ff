/** Lesson scripts that use every guided action id the contract names, each with the state it should leave the flow in. */
import type { LessonScript } from '../../src/flows/session';

export interface ExpectedStep {
  action?: string;
  message?: string;
  label?: string;
  /** `snapshot.matches(state)` after the step. */
  state: string;
  error?: string;
  appTab?: 'app' | 'inbox';
}

export interface GuidedLesson {
  script: LessonScript;
  expected: ExpectedStep[];
}

function lesson(lessonId: string, flow: LessonScript['flow'], scenario: LessonScript['scenario'], expected: ExpectedStep[]): GuidedLesson {
  const steps = expected.map(({ action, message, label }) => ({ ...(action ? { action } : {}), ...(message ? { message } : {}), ...(label ? { label } : {}) }));
  return { script: { lessonId, flow, scenario, steps }, expected };
}

export const guidedLessons: GuidedLesson[] = [
  lesson('sign-up', 'signUp', 'emptyPool', [
    { state: 'editing' },
    { action: 'signUp.submitWeakPassword', state: 'signUpFailed', error: 'InvalidPasswordException' },
    { action: 'signUp.submit', state: 'awaitingCode' },
    { action: 'inbox.open', state: 'awaitingCode', appTab: 'inbox' },
    { action: 'app.open', state: 'awaitingCode', appTab: 'app' },
    { action: 'confirm.submitWrongCode', state: 'confirmFailed', error: 'CodeMismatchException' },
    { action: 'confirm.resend', state: 'awaitingCode' },
    { action: 'clock.advance5m', state: 'awaitingCode' },
    { action: 'confirm.submit', state: 'confirmed' },
  ]),
  lesson('sign-in', 'signIn', 'confirmedUser', [
    { state: 'editing' },
    { action: 'signIn.submit', state: 'signInFailed', error: 'InvalidParameterException' },
    { action: 'signIn.allowPasswordAuth', state: 'editing' },
    { action: 'signIn.submitWrongPassword', state: 'signInFailed', error: 'NotAuthorizedException' },
    { action: 'signIn.submit', state: 'signedIn.idle' },
    { action: 'profile.get', state: 'signedIn.profileShown' },
    { action: 'clock.advanceHour', state: 'signedIn.profileShown' },
    { action: 'profile.get', state: 'signedIn.failed', error: 'NotAuthorizedException' },
    { action: 'tokens.refresh', state: 'signedIn.idle' },
    { action: 'api.call', state: 'signedIn.apiAnswered' },
    { action: 'api.callWithIdToken', state: 'signedIn.apiAnswered' },
    { action: 'signOut.global', state: 'signedOut.idle' },
    { action: 'api.call', state: 'signedOut.apiAnswered' },
    { action: 'api.callCheckingRevocation', state: 'signedOut.apiAnswered' },
  ]),
  lesson('new-password', 'signIn', 'adminCreatedUser', [
    { action: 'inbox.open', state: 'editing', appTab: 'inbox' },
    { action: 'signIn.submit', state: 'newPasswordRequired', appTab: 'app' },
    { action: 'newPassword.submit', state: 'signedIn.idle' },
  ]),
  lesson('forgot-password', 'signIn', 'signInReady', [
    { state: 'editing' },
    { action: 'forgot.start', state: 'forgotPassword.editing' },
    { action: 'forgot.request', state: 'forgotPassword.awaitingCode' },
    { action: 'clock.advanceDay', state: 'forgotPassword.awaitingCode' },
    { action: 'forgot.confirm', state: 'forgotPassword.resetFailed', error: 'ExpiredCodeException' },
    { action: 'forgot.request', state: 'forgotPassword.awaitingCode' },
    { action: 'forgot.confirm', state: 'passwordReset' },
    { action: 'signIn.submit', state: 'signedIn.idle' },
  ]),
  lesson('console', 'console', 'emptyPool', [
    { state: 'idle' },
    { action: 'console.describePool', state: 'poolShown' },
    { action: 'console.describeClient', state: 'clientShown' },
  ]),
  lesson('story', 'story', 'none', [
    { state: 'telling' },
    { action: 'story.tell', message: 'Moviegoer->>Ticket site: pays and proves who they are', label: 'authentication', state: 'telling' },
    { action: 'story.tell', message: 'Usher->>Moviegoer: checks the ticket: may you enter screen 3?', label: 'authorization', state: 'telling' },
  ]),
  lesson('guests', 'credentials', 'guestPool', [
    { state: 'start' },
    { action: 'identity.continueAsGuest', state: 'held.idle', appTab: 'app' },
    { action: 'sync.write', state: 'held.answered' },
    { action: 'notes.get', state: 'held.answered' },
    { action: 'roles.list', state: 'held.answered' },
    { action: 'developer.allowIamForGuests', state: 'held.idle' },
    { action: 'roles.list', state: 'held.answered' },
  ]),
  lesson('three-steps', 'credentials', 'threeSteps', [
    { state: 'start' },
    { action: 'identity.signIn', state: 'held.idle' },
    { action: 'notes.put', state: 'held.answered' },
    { action: 'developer.allowOwnNotes', state: 'held.idle' },
    { action: 'notes.put', state: 'held.answered' },
    { action: 'notes.get', state: 'held.answered' },
    { action: 'notes.getOther', state: 'held.answered' },
    { action: 'notes.putOther', state: 'held.answered' },
    { action: 'credentials.waitForExpiry', state: 'held.answered' },
    { action: 'notes.get', state: 'held.answered' },
    { action: 'credentials.refresh', state: 'held.idle' },
    { action: 'notes.get', state: 'held.answered' },
    { action: 'identity.signOut', state: 'start' },
  ]),
  lesson('guest-signs-in', 'credentials', 'signedInElsewhere', [
    { action: 'identity.continueAsGuest', state: 'held.idle' },
    { action: 'identity.startSignIn', state: 'start' },
    { action: 'identity.signIn', state: 'held.idle' },
  ]),
  lesson('basic-flow', 'classicFlow', 'classicPool', [
    { state: 'idle' },
    { action: 'classic.getId', state: 'identified' },
    { action: 'classic.getOpenIdToken', state: 'tokenHeld' },
    { action: 'trust.wrongAmr', state: 'tokenHeld' },
    { action: 'classic.assumeRole', state: 'failed', error: 'AccessDenied' },
    { action: 'trust.wrongAud', state: 'tokenHeld' },
    { action: 'classic.assumeRole', state: 'failed', error: 'AccessDenied' },
    { action: 'trust.restore', state: 'tokenHeld' },
    { action: 'classic.assumeRole', state: 'credentialsHeld' },
    { action: 'classic.syncList', state: 'credentialsHeld' },
    { action: 'classic.restart', state: 'idle' },
  ]),
  lesson('four-kinds-by-token', 'fourKinds', 'fourKindsByToken', [
    { state: 'choosing' },
    { action: 'kind.chooseAdmin', state: 'ready' },
    { action: 'actions.run', state: 'ran' },
    { action: 'kind.change', state: 'choosing' },
    { action: 'kind.choosePremium', state: 'ready' },
    { action: 'actions.run', state: 'ran' },
    { action: 'kind.change', state: 'choosing' },
    { action: 'kind.chooseAuthenticated', state: 'ready' },
    { action: 'actions.run', state: 'ran' },
    { action: 'kind.change', state: 'choosing' },
    { action: 'kind.chooseGuest', state: 'ready' },
    { action: 'actions.run', state: 'ran' },
  ]),
  lesson('sync-devices', 'syncDevices', 'syncDevices', [
    { state: 'signedOut' },
    { action: 'devices.connect', state: 'ready.idle' },
    { action: 'phone.setThemeLight', state: 'ready.idle' },
    { action: 'phone.sync', state: 'ready.idle' },
    { action: 'tablet.sync', state: 'ready.idle' },
    { action: 'phone.goOffline', state: 'ready.idle' },
    { action: 'phone.setThemeDark', state: 'ready.idle' },
    { action: 'phone.setFontLarge', state: 'ready.idle' },
    { action: 'clock.advance5m', state: 'ready.idle' },
    { action: 'tablet.setThemeBlue', state: 'ready.idle' },
    { action: 'tablet.sync', state: 'ready.idle' },
    { action: 'phone.goOnline', state: 'ready.idle' },
    { action: 'tablet.setThemeBlue', state: 'ready.idle' },
    { action: 'conflicts.ask', state: 'ready.idle' },
    { action: 'phone.setThemeDark', state: 'ready.idle' },
    { action: 'phone.sync', state: 'ready.idle' },
    { action: 'tablet.sync', state: 'ready.syncing.resolving' },
    { action: 'conflict.resolveWithRemoteRecord', state: 'ready.idle' },
    { action: 'phone.setThemeLight', state: 'ready.idle' },
    { action: 'phone.sync', state: 'ready.idle' },
    { action: 'tablet.setThemeBlue', state: 'ready.idle' },
    { action: 'tablet.sync', state: 'ready.syncing.resolving' },
    { action: 'conflict.resolveWithLocalRecord', state: 'ready.idle' },
    { action: 'phone.setThemeDark', state: 'ready.idle' },
    { action: 'phone.sync', state: 'ready.syncing.resolving' },
    { action: 'conflict.resolveWithValue', state: 'ready.idle' },
    { action: 'conflicts.lastWriterWins', state: 'ready.idle' },
  ]),
  lesson('four-kinds-by-rules', 'fourKinds', 'fourKindsByRules', [
    { state: 'choosing' },
    { action: 'kind.choosePremium', state: 'ready' },
    { action: 'actions.run', state: 'ran' },
  ]),
];

/** The guided action ids lessons/README.md documents, hard-coded so the flows cannot drop one unnoticed. */
export const CONTRACT_ACTION_IDS = {
  common: ['inbox.open', 'app.open', 'clock.advance5m', 'clock.advanceHour', 'clock.advanceDay'],
  signUp: ['signUp.submit', 'signUp.submitWeakPassword', 'confirm.submit', 'confirm.submitWrongCode', 'confirm.resend'],
  signIn: [
    'signIn.submit',
    'signIn.submitWrongPassword',
    'signIn.allowPasswordAuth',
    'newPassword.submit',
    'profile.get',
    'tokens.refresh',
    'signOut.global',
    'api.call',
    'api.callWithIdToken',
    'api.callCheckingRevocation',
    'forgot.start',
    'forgot.request',
    'forgot.confirm',
  ],
  console: ['console.describePool', 'console.describeClient'],
  story: ['story.tell'],
  credentials: [
    'identity.continueAsGuest',
    'identity.startSignIn',
    'identity.signIn',
    'identity.signOut',
    'notes.put',
    'notes.get',
    'notes.putOther',
    'notes.getOther',
    'sync.write',
    'roles.list',
    'credentials.refresh',
    'credentials.waitForExpiry',
    'developer.allowOwnNotes',
    'developer.allowIamForGuests',
  ],
  classicFlow: [
    'classic.getId',
    'classic.getOpenIdToken',
    'classic.assumeRole',
    'classic.syncList',
    'classic.restart',
    'trust.wrongAmr',
    'trust.wrongAud',
    'trust.restore',
  ],
  fourKinds: ['kind.chooseAdmin', 'kind.choosePremium', 'kind.chooseAuthenticated', 'kind.chooseGuest', 'actions.run', 'kind.change'],
  syncDevices: [
    'devices.connect',
    'phone.setThemeLight',
    'phone.setThemeDark',
    'phone.setFontLarge',
    'tablet.setThemeBlue',
    'phone.sync',
    'tablet.sync',
    'phone.goOffline',
    'phone.goOnline',
    'conflicts.ask',
    'conflicts.lastWriterWins',
    'conflict.resolveWithRemoteRecord',
    'conflict.resolveWithLocalRecord',
    'conflict.resolveWithValue',
  ],
} as const;
