import { describe, expect, it } from 'vitest';
import { labelOf, mailByEntry, revealedEnd, sequenceDiagram, topLevelRequests } from '../../../src/flows/diagrams/sequence';
import { mermaidText } from '../../../src/flows/diagrams/mermaidText';
import { signUpToGetUser } from './realLog';

/** Message text after the arrow's colon, with Mermaid entities removed: what must not contain syntax characters. */
const messageTexts = (mermaid: string) =>
  mermaid
    .split('\n')
    .filter((line) => /(->>|-->>|-\)|--x)/.test(line))
    .map((line) => line.slice(line.indexOf(': ') + 2).replace(/#\w+;/g, ''));

describe('sequenceDiagram', () => {
  it('draws a real sign-up, wrong code, confirmation, sign-in and GetUser between App, User pool and Email', async () => {
    const { cloud, setupCalls } = await signUpToGetUser();
    const { mermaid } = sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from: setupCalls, highlight: setupCalls + 3 });
    expect(mermaid).toBe(
      [
        'sequenceDiagram',
        '  participant App',
        '  participant User pool',
        '  participant Email',
        '  App->>User pool: SignUp abc.xyz@gmail.com (no identity checked)',
        '  User pool-)Email: email #quot;Your verification code#quot; to abc.xyz@gmail.com',
        '  User pool-->>App: 200 UserConfirmed, CodeDeliveryDetails, UserSub',
        '  App->>User pool: ConfirmSignUp abc.xyz@gmail.com (authentication)',
        '  User pool--xApp: 400 CodeMismatchException',
        '  App->>User pool: ConfirmSignUp abc.xyz@gmail.com (authentication)',
        '  User pool-->>App: 200 OK',
        '  rect rgba(255, 221, 87, 0.25)',
        '  App->>User pool: InitiateAuth USER_PASSWORD_AUTH (authentication)',
        '  User pool-->>App: 200 ID, access and refresh tokens',
        '  App->>User pool: GetUser with the access token (authorization)',
        '  User pool-->>App: 200 Username, UserAttributes',
        '  end',
      ].join('\n'),
    );
  });

  it('holds the last request’s response back for the reveal’s pause, asking what the pool will answer', async () => {
    const { cloud, setupCalls } = await signUpToGetUser();
    const { mermaid, transcript } = sequenceDiagram(cloud.log.entries, cloud.outbox.entries, {
      from: setupCalls,
      upTo: setupCalls + 1,
      highlight: setupCalls,
      holdLastResponse: true,
    });
    expect(mermaid.split('\n').slice(-3)).toEqual([
      '  App->>User pool: SignUp abc.xyz@gmail.com (no identity checked)',
      '  Note over App,User pool: What will the user pool answer?',
      '  end',
    ]);
    expect(mermaid).not.toContain('Email: email');
    expect(transcript.map((t) => t.text)).toEqual([
      'App → User pool: SignUp abc.xyz@gmail.com (no identity checked)',
      'What will the user pool answer? (the next key shows it)',
    ]);
  });

  it('gives a transcript labelled by who decides, marking the current step', async () => {
    const { cloud, setupCalls } = await signUpToGetUser();
    const { transcript } = sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from: setupCalls, upTo: setupCalls + 4, highlight: setupCalls + 3 });
    expect(transcript).toEqual([
      {
        text: 'App → User pool: SignUp abc.xyz@gmail.com (no identity checked)',
        label: 'public',
        current: false,
        strip: 'anyone, with the ClientId; no identity is checked',
      },
      { text: 'User pool → Email: email "Your verification code" to abc.xyz@gmail.com', label: 'public', current: false },
      { text: 'User pool → App: 200 UserConfirmed, CodeDeliveryDetails, UserSub', label: 'public', current: false },
      {
        text: 'App → User pool: ConfirmSignUp abc.xyz@gmail.com (authentication)',
        label: 'authentication',
        current: false,
        strip: 'the user, with the code sent to them and the ClientId; the user pool decides: the code proves they hold the address',
      },
      { text: 'User pool → App: 400 CodeMismatchException', label: 'authentication', current: false },
      {
        text: 'App → User pool: ConfirmSignUp abc.xyz@gmail.com (authentication)',
        label: 'authentication',
        current: false,
        strip: 'the user, with the code sent to them and the ClientId; the user pool decides: the code proves they hold the address',
      },
      { text: 'User pool → App: 200 OK', label: 'authentication', current: false },
      {
        text: 'App → User pool: InitiateAuth USER_PASSWORD_AUTH (authentication)',
        label: 'authentication',
        current: true,
        strip: 'the user, with a password and the ClientId; the user pool decides',
      },
      { text: 'User pool → App: 200 ID, access and refresh tokens', label: 'authentication', current: true },
    ]);
  });

  it('labels who-are-you calls authentication, calls proving no one public, and access-token and console calls authorization', () => {
    const entry = (action: string, request: unknown = {}) => ({ action, request });
    expect(['ConfirmSignUp', 'InitiateAuth', 'RespondToAuthChallenge', 'ConfirmForgotPassword'].map((a) => labelOf(entry(a)))).toEqual(
      Array(4).fill('authentication'),
    );
    expect(['SignUp', 'ForgotPassword', 'ResendConfirmationCode'].map((a) => labelOf(entry(a)))).toEqual(Array(3).fill('public'));
    expect(labelOf(entry('GetUser', { AccessToken: 't' }))).toBe('authorization');
    expect(labelOf(entry('GlobalSignOut', { AccessToken: 't' }))).toBe('authorization');
    expect(labelOf(entry('UpdateUserAttributes', { AccessToken: 't', UserAttributes: [] }))).toBe('authorization');
    expect(labelOf(entry('DescribeUserPool', { UserPoolId: 'p' }))).toBe('authorization');
  });

  it('attaches each email to the call that sent it, even when calls share an instant', async () => {
    const { cloud } = await signUpToGetUser();
    const mail = mailByEntry(cloud.log.entries, cloud.outbox.entries);
    expect([...mail.entries()].map(([i, messages]) => [cloud.log.entries[i]!.action, messages.map((m) => m.purpose)])).toEqual([['SignUp', ['SignUp']]]);
  });

  it('highlights nothing without `highlight`, and draws nothing for an empty range', async () => {
    const { cloud } = await signUpToGetUser();
    expect(sequenceDiagram(cloud.log.entries, cloud.outbox.entries).mermaid).not.toContain('rect');
    expect(sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from: 3, upTo: 3, highlight: 3 })).toEqual({
      mermaid: 'sequenceDiagram\n  participant App\n  participant User pool\n  participant Email',
      transcript: [],
    });
  });

  it('escapes characters that would break a Mermaid message', async () => {
    const { cloud, setupCalls } = await signUpToGetUser('we"ird;na:me{x}#1%%|<b>');
    const { mermaid } = sequenceDiagram(cloud.log.entries, cloud.outbox.entries, { from: setupCalls });
    expect(mermaid).toContain('SignUp we#quot;ird#59;na#58;me#123;x#125;#35;1#37;#37;#124;#lt;b#gt; (no identity checked)');
    for (const text of messageTexts(mermaid)) expect(text).not.toMatch(/[#;:"{}<>%|]/);
    expect(mermaidText('a\nb  c')).toBe('a b c');
  });
});

describe('progressive reveal over nested calls', () => {
  // A call made inside the cloud is logged just before the request that made it.
  const log = [{ requestId: 'a' }, { requestId: 'jwks', parent: 'b' }, { requestId: 'b' }, { requestId: 'c' }] as unknown as Parameters<
    typeof topLevelRequests
  >[0];

  it('counts only the requests made from outside the cloud', () => {
    expect(topLevelRequests(log, 0, 4)).toEqual([0, 2, 3]);
    expect(topLevelRequests(log, 1, 4)).toEqual([2, 3]);
  });

  it('shows each request with the calls made inside it', () => {
    expect([0, 1, 2, 3].map((shown) => revealedEnd(log, 0, 4, shown))).toEqual([0, 1, 3, 4]);
  });
});
