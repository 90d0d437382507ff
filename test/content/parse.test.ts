import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../src/content/load';
import { pathKey } from '../../src/content/focus';
import { isLessonProblem, parseLesson } from '../../src/content/parse';
import type { LessonProblem, ParsedLesson } from '../../src/content/types';
import { lessonFileCount, lessonFiles } from '../support/lessons';

const lesson = (front: string, body: string) => `---\n${front}\n---\n${body}`;
const FRONT = 'title: A lesson\nsummary: What it teaches\nflow: signUp\nscenario: emptyPool';

function parsed(source: string, file = 'lessons/01-a-lesson.md'): ParsedLesson {
  const result = parseLesson(file, source);
  if (isLessonProblem(result)) throw new Error(`unexpected problem: ${result.message}`);
  return result;
}

function problem(source: string, file = 'lessons/01-a-lesson.md'): LessonProblem {
  const result = parseLesson(file, source);
  if (!isLessonProblem(result)) throw new Error('expected a problem');
  return result;
}

describe('parseLesson', () => {
  it('reads front matter, intro and steps, taking id and order from the file name', () => {
    const l = parsed(
      lesson(FRONT, 'Intro *text*.\n\n## First {action=signUp.submit}\nBody one.\n\n## Second\nBody two.\n'),
      '../../lessons/07-inside-the-tokens.md',
    );
    expect(l).toMatchObject({ id: 'inside-the-tokens', order: 7, file: 'lessons/07-inside-the-tokens.md', title: 'A lesson' });
    expect(l).toMatchObject({
      summary: 'What it teaches',
      flow: 'signUp',
      scenario: 'emptyPool',
      intro: 'Intro *text*.',
      introHtml: '<p>Intro <em>text</em>.</p>\n',
    });
    expect(l.steps).toEqual([
      { title: 'First', body: 'Body one.', bodyHtml: '<p>Body one.</p>\n', action: 'signUp.submit' },
      { title: 'Second', body: 'Body two.', bodyHtml: '<p>Body two.</p>\n' },
    ]);
  });

  it('reads every step attribute, with quoted values holding spaces, arrows and colons', () => {
    const l = parsed(
      lesson(
        FRONT,
        '## Tell {action=story.tell state=signedIn.profileShown message="Moviegoer->>Ticket site: pays: and proves who they are" label=authentication}\nx',
      ),
    );
    expect(l.steps[0]).toEqual({
      title: 'Tell',
      body: 'x',
      bodyHtml: '<p>x</p>\n',
      action: 'story.tell',
      state: 'signedIn.profileShown',
      message: 'Moviegoer->>Ticket site: pays: and proves who they are',
      label: 'authentication',
    });
  });

  it("reads a story step's cast", () => {
    const l = parsed(lesson(FRONT, '## Tell {action=story.tell message="App->>User pool: signs in" cast="In Cognito"}\nx'));
    expect(l.steps[0]!.cast).toBe('In Cognito');
  });

  it('reads focus=<Tab>:<path> into the tab as written and the path, keys with colons and [n] or bare numbers as indexes', () => {
    const l = parsed(
      lesson(
        FRONT,
        [
          '## One {focus=Tokens:id.cognito:username}',
          '## Two {action=signUp.submit focus=Requests:SignUp.CodeDeliveryDetails.Destination}',
          '## Three {focus=requests:UserPool.SchemaAttributes[2].Required}',
          '## Four {focus=Requests:UserAttributes.0.Value}',
          '## Five {focus=Users}',
        ].join('\nx\n'),
      ),
    );
    expect(l.steps.map((s) => s.focus)).toEqual([
      { tab: 'Tokens', path: ['id', 'cognito:username'] },
      { tab: 'Requests', path: ['SignUp', 'CodeDeliveryDetails', 'Destination'] },
      { tab: 'requests', path: ['UserPool', 'SchemaAttributes', 2, 'Required'] },
      { tab: 'Requests', path: ['UserAttributes', 0, 'Value'] },
      { tab: 'Users', path: [] },
    ]);
    expect(pathKey(l.steps[2]!.focus!.path)).toBe('UserPool.SchemaAttributes[2].Required');
  });

  it('accepts single quotes and escaped quotes inside a value', () => {
    const l = parsed(lesson(FRONT, `## Tell {message='Fan->>Hall: says "hi"' label=authorization}\n## Two {message="Fan->>Hall: the \\"e-ticket\\""}`));
    expect(l.steps[0]!.message).toBe('Fan->>Hall: says "hi"');
    expect(l.steps[1]!.message).toBe('Fan->>Hall: the "e-ticket"');
  });

  it('turns a quiz block into step.quiz and leaves it out of the body', () => {
    const quiz = '```quiz\nquestion: Which one?\noptions:\n  - Authentication\n  - Authorization\nanswer: 1\nexplain: Because.\n```';
    const l = parsed(lesson(FRONT, `## Check\nBefore.\n\n${quiz}\n\nAfter.`));
    expect(l.steps[0]!.quiz).toEqual({
      question: 'Which one?',
      options: ['Authentication', 'Authorization'],
      answer: 1,
      explain: 'Because.',
      explainHtml: '<p>Because.</p>\n',
    });
    expect(l.steps[0]!.body).toBe('Before.\n\n\nAfter.');
  });

  it('ignores "##" lines inside code fences and keeps the fence in the body', () => {
    const l = parsed(lesson(FRONT, '## Only\n```sh\n## not a step\n```\n~~~\n## nor this\n~~~'));
    expect(l.steps).toHaveLength(1);
    expect(l.steps[0]!.body).toBe('```sh\n## not a step\n```\n~~~\n## nor this\n~~~');
  });

  it('accepts Windows line endings and a byte-order mark', () => {
    const l = parsed('\uFEFF' + lesson(FRONT, '## One\r\nText\r\n').replace(/\n/g, '\r\n'));
    expect(l.steps[0]).toEqual({ title: 'One', body: 'Text', bodyHtml: '<p>Text</p>\n' });
  });

  it('renders the Markdown to HTML at load time: raw HTML shown as text, outside links in a new tab, odd schemes dropped', () => {
    const l = parsed(lesson(FRONT, '## One\n<b>bold?</b> [AWS](https://aws.amazon.com) [next](#/sign-up) [x](javascript:alert(1))'));
    expect(l.steps[0]!.bodyHtml).toBe(
      '<p>&lt;b&gt;bold?&lt;/b&gt; <a href="https://aws.amazon.com" target="_blank" rel="noopener noreferrer">AWS</a> <a href="#/sign-up">next</a> <a href="#">x</a></p>\n',
    );
    expect(parsed(lesson(FRONT, '## Empty\n')).steps[0]!.bodyHtml).toBe('');
  });

  it('keeps ### headings inside a step', () => {
    expect(parsed(lesson(FRONT, '## One\n### Detail\ntext')).steps[0]!.body).toBe('### Detail\ntext');
  });

  it.each([
    ['a file name without a number', lesson(FRONT, '## A'), 'lessons/intro.md', /file name must be NN-slug\.md/],
    ['no front matter', '## A\ntext', undefined, /must start with front matter/],
    ['unclosed front matter', '---\ntitle: x\n## A', undefined, /never closed/],
    ['bad YAML', lesson('title: [unclosed\nflow: signUp', '## A'), undefined, /front matter is not valid YAML/],
    ['a missing title', lesson('flow: signUp\nscenario: none', '## A'), undefined, /needs "title"/],
    ['a missing flow', lesson('title: T\nscenario: none', '## A'), undefined, /needs "flow"/],
    ['a missing scenario', lesson('title: T\nflow: story', '## A'), undefined, /needs "scenario"/],
    ['an unknown front matter field', lesson(`${FRONT}\nscenaro: x`, '## A'), undefined, /unknown front matter field "scenaro"/],
    ['no steps', lesson(FRONT, 'Only an intro.'), undefined, /no steps/],
    ['an unknown attribute', lesson(FRONT, '## A {acton=signUp.submit}'), undefined, /unknown attribute "acton"/],
    [
      'a value with spaces not quoted',
      lesson(FRONT, '## A {message=A->>B: hi}'),
      undefined,
      /cannot read "hi": write name=value, and quote values that contain spaces/,
    ],
    ['an unclosed quote', lesson(FRONT, '## A {message="A->>B: hi}'), undefined, /never closed/],
    ['an attribute without a value', lesson(FRONT, '## A {action}'), undefined, /needs a value/],
    ['a duplicate attribute', lesson(FRONT, '## A {action=a.b action=c.d}'), undefined, /given twice/],
    ['an unclosed attribute block', lesson(FRONT, '## A {action=a.b'), undefined, /must end with "}"/],
    ['an unknown label', lesson(FRONT, '## A {label=federation}'), undefined, /label "federation" must be/],
    ['a cast without a message', lesson(FRONT, '## A {cast="In Cognito"}'), undefined, /"cast" names who tells a story message/],
    [
      'a cast with Mermaid syntax in it',
      lesson(FRONT, '## A {message="A->>B: hi" cast="The (concert)"}'),
      undefined,
      /cast "The \(concert\)" must be a short name/,
    ],
    ['a message that is not an arrow', lesson(FRONT, '## A {message="hello there"}'), undefined, /Sender->>Receiver: text/],
    ['a message with a semicolon', lesson(FRONT, '## A {message="A->>B: one; two"}'), undefined, /no ";"/],
    ['bad quiz YAML', lesson(FRONT, '## A\n```quiz\nquestion: [x\n```'), undefined, /quiz in step "A": not valid YAML/],
    ['a quiz answer out of range', lesson(FRONT, '## A\n```quiz\nquestion: Q\noptions: [a, b]\nanswer: 2\n```'), undefined, /"answer" must be the index/],
    ['a quiz with one option', lesson(FRONT, '## A\n```quiz\nquestion: Q\noptions: [a]\nanswer: 0\n```'), undefined, /at least two/],
    ['a quiz in the intro', lesson(FRONT, '```quiz\nquestion: Q\noptions: [a, b]\nanswer: 0\n```\n## A'), undefined, /inside a step/],
    [
      'two quizzes in one step',
      lesson(FRONT, '## A\n```quiz\nquestion: Q\noptions: [a, b]\nanswer: 0\n```\n```quiz\nquestion: Q\noptions: [a, b]\nanswer: 0\n```'),
      undefined,
      /more than one quiz/,
    ],
    ['a focus without a tab', lesson(FRONT, '## A {focus=:id.email}'), undefined, /focus ":id\.email" must start with an inspector tab/],
    ['a focus with an empty path', lesson(FRONT, '## A {focus=Tokens:}'), undefined, /empty path after "Tokens:"/],
    ['a focus with an empty path segment', lesson(FRONT, '## A {focus=Tokens:id..email}'), undefined, /cannot read the path segment ""/],
    ['a focus with a broken index', lesson(FRONT, '## A {focus=Requests:A[x]}'), undefined, /cannot read the path segment "A\[x\]"/],
    ['an unclosed code fence', lesson(FRONT, '## A\n```js\ncode'), undefined, /never closed/],
  ])('reports %s as a problem naming the file', (_name, source, file, message) => {
    const p = problem(source, file);
    expect(p.file).toBe(file ?? 'lessons/01-a-lesson.md');
    expect(p.message).toMatch(message);
  });

  it('gives the line of a bad step heading', () => {
    expect(problem(lesson(FRONT, 'Intro\n\n## A {bogus=1}')).line).toBe(9);
    expect(problem(lesson(FRONT, 'Intro\n\n## A\nx\n## B {focus=Tokens:id..x}'))).toMatchObject({
      line: 11,
      message: expect.stringMatching(/^step "B": focus/),
    });
  });
});

/** The flow, scenario and action ids lessons/README.md documents, hard-coded so a lesson can't drift from them unnoticed. */
const CONTRACT = {
  scenarios: [
    'none',
    'emptyPool',
    'unconfirmedUser',
    'confirmedUser',
    'signInReady',
    'adminCreatedUser',
    'guestPool',
    'threeSteps',
    'signedInElsewhere',
    'guestSignsUp',
    'classicPool',
    'fourKindsByToken',
    'fourKindsByRules',
    'syncDevices',
    'hostedUiSetup',
    'googleFederation',
    'oidcFederation',
    'samlFederation',
    'linkGoogleUser',
    'machineToMachine',
    'googleIdentityPool',
  ],
  anyFlowActions: ['inbox.open', 'app.open', 'clock.advance5m', 'clock.advanceHour', 'clock.advanceDay'],
  flows: {
    signUp: {
      actions: ['signUp.submit', 'signUp.submitWeakPassword', 'confirm.submit', 'confirm.submitWrongCode', 'confirm.resend'],
      states: ['editing', 'signingUp', 'signUpFailed', 'awaitingCode', 'resendingCode', 'confirming', 'confirmFailed', 'confirmed'],
    },
    signIn: {
      actions: [
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
      states: [
        'editing',
        'signingIn',
        'signInFailed',
        'allowingPasswordAuth',
        'newPasswordRequired',
        'settingNewPassword',
        'newPasswordFailed',
        'signedIn',
        'signedIn.idle',
        'signedIn.loadingProfile',
        'signedIn.profileShown',
        'signedIn.refreshing',
        'signedIn.signingOut',
        'signedIn.callingApi',
        'signedIn.apiAnswered',
        'signedIn.failed',
        'signedOut',
        'signedOut.idle',
        'signedOut.callingApi',
        'signedOut.apiAnswered',
        'signedOut.failed',
        'forgotPassword',
        'forgotPassword.editing',
        'forgotPassword.sendingCode',
        'forgotPassword.awaitingCode',
        'forgotPassword.resetting',
        'forgotPassword.failed',
        'passwordReset',
      ],
    },
    console: {
      actions: ['console.describePool', 'console.describeClient'],
      states: ['idle', 'describingPool', 'poolShown', 'describingClient', 'clientShown', 'failed'],
    },
    story: { actions: ['story.tell'], states: ['telling'] },
    credentials: {
      actions: [
        'identity.continueAsGuest',
        'identity.startSignIn',
        'identity.signIn',
        'identity.signUp',
        'identity.confirm',
        'identity.signOut',
        'notes.put',
        'notes.get',
        'notes.list',
        'notes.putOther',
        'notes.getOther',
        'sync.write',
        'roles.list',
        'credentials.refresh',
        'credentials.waitForExpiry',
        'developer.allowOwnNotes',
        'developer.allowIamForGuests',
        'developer.freezeNotes',
      ],
      states: [
        'start',
        'signingIn',
        'signInFailed',
        'signingUp',
        'awaitingCode',
        'confirming',
        'confirmFailed',
        'gettingId',
        'gettingCredentials',
        'refreshingTokens',
        'held',
        'held.idle',
        'held.requesting',
        'held.syncListing',
        'held.syncUpdating',
        'held.answered',
        'held.requestFailed',
        'held.updatingRole',
        'failed',
      ],
    },
    classicFlow: {
      actions: [
        'classic.getId',
        'classic.getOpenIdToken',
        'classic.assumeRole',
        'classic.syncList',
        'classic.restart',
        'trust.wrongAmr',
        'trust.wrongAud',
        'trust.restore',
      ],
      states: ['idle', 'gettingId', 'identified', 'gettingToken', 'tokenHeld', 'assumingRole', 'credentialsHeld', 'syncListing', 'editingTrust', 'failed'],
    },
    fourKinds: {
      actions: ['kind.chooseAdmin', 'kind.choosePremium', 'kind.chooseAuthenticated', 'kind.chooseGuest', 'actions.run', 'kind.change'],
      states: ['choosing', 'signingIn', 'gettingId', 'gettingCredentials', 'ready', 'running', 'ran', 'failed'],
    },
    syncDevices: {
      actions: [
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
      states: [
        'signedOut',
        'connecting',
        'connecting.signingIn',
        'connecting.gettingId',
        'connecting.gettingCredentials',
        'connectFailed',
        'ready',
        'ready.idle',
        'ready.saving',
        'ready.syncing',
        'ready.syncing.listing',
        'ready.syncing.resolving',
        'ready.syncing.pushing',
        'ready.failed',
      ],
    },
    hostedUi: {
      actions: [
        'integration.article',
        'integration.wrongCallback',
        'integration.codeFlow',
        'hostedUi.launch',
        'hostedUi.signIn',
        'hostedUi.signInWrong',
        'hostedUi.back',
        'hostedUi.logout',
        'integration.confidential',
        'server.wrongSecret',
        'server.rightSecret',
        'server.withoutPkce',
        'hostedUi.openSignUp',
        'hostedUi.signUpWeak',
        'hostedUi.signUp',
        'hostedUi.confirmSignUp',
        'hostedUi.switchUser',
        'hostedUi.launchWithGoogle',
        'hostedUi.continueWithGoogle',
        'google.signIn',
        'google.allow',
        'hostedUi.continueWithOidc',
        'oidc.signIn',
        'oidc.allow',
        'users.link',
        'users.replaceWithLink',
        'hostedUi.continueWithSaml',
        'hostedUi.launchWithIdpIdentifier',
        'saml.signIn',
        'saml.post',
        'saml.tamperAndPost',
      ],
      states: [
        'appIntegration',
        'savingIntegration',
        'integrated',
        'browserLoading',
        'browsing',
        'callbackRefused',
        'exchangingCode',
        'signedIn',
        'linkingUser',
        'signedOut',
      ],
    },
    machineToMachine: {
      actions: [
        'resourceServer.create',
        'resourceServer.createInvalid',
        'machineClient.create',
        'machineClient.createWithoutSecret',
        'machineClient.createUnknownScope',
        'machineToken.request',
        'machineToken.requestWrongSecret',
        'machineToken.requestWithoutSecret',
        'machineToken.requestWrongScope',
        'api.callWithMachineToken',
        'api.callWithUserToken',
      ],
      states: [
        'resourceServerForm',
        'creatingResourceServer',
        'machineClientForm',
        'creatingClient',
        'clientReady',
        'requestingToken',
        'tokenRefused',
        'tokenReceived',
        'callingApi',
        'apiAnswered',
        'apiRefused',
      ],
    },
    googleIdentityPool: {
      actions: [
        'google.signIn',
        'google.enterPassword',
        'google.wrongPassword',
        'google.allow',
        'google.cancel',
        'idpool.getId',
        'idpool.getCredentials',
        'idpool.getOpenIdToken',
        'token.exchange',
        'notes.putOwn',
        'notes.listAll',
        'app.signOut',
      ],
      states: [
        'signedOut',
        'browserLoading',
        'browsing',
        'callbackRefused',
        'googleTokenHeld',
        'gettingId',
        'identified',
        'gettingCredentials',
        'gettingOpenIdToken',
        'openIdTokenHeld',
        'assumingRole',
        'credentialsHeld',
        'requesting',
        'failed',
      ],
    },
  } as Record<string, { actions: string[]; states: string[] }>,
};

describe('the lessons in lessons/', () => {
  const course = loadCourse(lessonFiles());

  const ascending = (numbers: number[]) => numbers.every((n, i) => i === 0 || n > numbers[i - 1]!);

  it('all load, chapter by chapter in the order of their numbers, with no problems', () => {
    expect(course.problems).toEqual([]);
    expect(course.lessons).toHaveLength(lessonFileCount());
    expect(ascending(course.chapters.map((c) => c.order))).toBe(true);
    for (const chapter of course.chapters) {
      expect(chapter.title, chapter.file).not.toBe('');
      expect(chapter.lessons.length, chapter.file).toBeGreaterThan(0);
      expect(ascending(course.lessons.filter((l) => l.chapter.id === chapter.id).map((l) => l.order)), chapter.file).toBe(true);
    }
    expect(course.lessons[0]!.id).toBe('authentication-vs-authorization');
  });

  it.each(course.lessons.map((l) => [l.file, l] as const))('%s names a known flow and scenario and has a title, a summary and steps', (_file, l) => {
    expect(Object.keys(CONTRACT.flows)).toContain(l.flow);
    expect(CONTRACT.scenarios).toContain(l.scenario);
    expect(l.title).not.toBe('');
    expect(l.summary).not.toBe('');
    expect(l.intro).not.toBe('');
    expect(l.steps.length).toBeGreaterThanOrEqual(2);
  });

  it.each(course.lessons.map((l) => [l.file, l] as const))('%s uses only guided actions and states of its flow', (_file, l) => {
    const flow = CONTRACT.flows[l.flow]!;
    for (const step of l.steps) {
      if (step.action) expect([...CONTRACT.anyFlowActions, ...flow.actions], `step "${step.title}"`).toContain(step.action);
      if (step.state) expect(flow.states, `step "${step.title}"`).toContain(step.state);
      if (step.action === 'story.tell') expect(step.message, `step "${step.title}" tells no message`).toBeDefined();
      expect(step.body || step.quiz, `step "${step.title}" is empty`).toBeTruthy();
    }
  });

  it('story lessons use no pool, and end with a quiz', () => {
    for (const l of course.lessons.filter((x) => x.flow === 'story')) {
      expect(l.scenario).toBe('none');
      expect(l.steps.at(-1)!.quiz).toBeDefined();
    }
  });
});
