import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../../src/content/load';
import { createSession, type LessonScript } from '../../../src/flows/session';
import { SESSION_KEY, type SavedSession } from '../../../src/flows/session/persistence';
import { decodeShareFragment, encodeShareFragment, loadLz, savedSessionOf, sharedStateOf, SHARE_PREFIX } from '../../../src/flows/session/shareLink';
import { standInPasswords } from '../../../src/flows/session/sharePasswords';
import { FIXTURE_KEYS } from '../../support/cloud';
import { lessonFiles } from '../../support/lessons';
import { memoryStorage } from '../support';

const realLessons: LessonScript[] = loadCourse(lessonFiles()).lessons.map((l) => ({
  lessonId: l.id,
  flow: l.flow as LessonScript['flow'],
  scenario: l.scenario as LessonScript['scenario'],
  steps: l.steps.map(({ action, message, label }) => ({ ...(action ? { action } : {}), ...(message ? { message } : {}), ...(label ? { label } : {}) })),
}));
const lessonOf = (id: string) => realLessons.find((l) => l.lessonId === id)!;
/** A project page's address: the link's length counts it too. */
const BASE = 'https://someone.github.io/cognito-simulator/';

const savedOf = (storage: ReturnType<typeof memoryStorage>) => JSON.parse(storage.data.get(SESSION_KEY)!) as SavedSession;

/** Opens a fragment the way the app does: decoded, made the saved session of a fresh browser, resumed and opened. */
async function open(fragment: string) {
  const decoded = decodeShareFragment(await loadLz(), fragment);
  if (!decoded || 'problem' in decoded) throw new Error(`not opened: ${decoded?.problem}`);
  const lesson = lessonOf(decoded.lessonId);
  const record = savedSessionOf(decoded.state, lesson);
  if ('problem' in record) throw new Error(record.problem);
  const storage = memoryStorage({ [SESSION_KEY]: JSON.stringify(record) });
  const session = await createSession({ keys: FIXTURE_KEYS, storage });
  await session.openLesson(lesson, record.steps.length - 1);
  return { session, decoded };
}

const stateOf = (session: Awaited<ReturnType<typeof createSession>>) => {
  const v = session.getView();
  return { lesson: v.lessonId, step: v.stepIndex, mode: v.mode, tab: v.appTab, marks: v.stepLogMarks, now: v.now, value: v.snapshot.value };
};

describe('share links', () => {
  it('carries every real lesson, fully walked, in under 2,000 characters and opens it at the same step and state', async () => {
    const lz = await loadLz();
    const signed: string[] = [];
    for (const script of realLessons) {
      const storage = memoryStorage();
      const live = await createSession({ keys: FIXTURE_KEYS, storage });
      await live.openLesson(script, script.steps.length - 1);
      await live.settled();
      const record = savedOf(storage);
      if (record.keys.length) signed.push(script.lessonId!);
      const link = BASE + encodeShareFragment(lz, script.lessonId!, sharedStateOf(record, { includePasswords: false, tab: 'tokens' }));
      expect(link.length, script.lessonId).toBeLessThan(2000);
      expect(link).not.toContain('privateJwk');
      const { session, decoded } = await open(link.slice(BASE.length));
      expect(session.getView().notice, script.lessonId).toBeUndefined();
      expect(stateOf(session), script.lessonId).toEqual(stateOf(live));
      expect('state' in decoded && decoded.state).toMatchObject({ tab: 'tokens', passwords: 'none' });
      live.dispose();
      session.dispose();
    }
    // The lessons that signed tokens had private keys in their saved session, and their links still left them out.
    expect(signed.length).toBeGreaterThan(2);
    // Every lesson walked twice (the SAML lesson signs and verifies XML): ~19 s alone, more on a loaded machine.
  }, 90_000);

  it('leaves typed passwords out unless asked, and still arrives at the same step', async () => {
    const storage = memoryStorage();
    const live = await createSession({ keys: FIXTURE_KEYS, storage });
    await live.openLesson(lessonOf('sign-up'), 0);
    live.setMode('free');
    for (const [field, value] of [
      ['username', 'me@example.com'],
      ['email', 'me@example.com'],
      ['password', '#'],
      ['password', '#M'],
      ['password', '#Mine5678'],
    ] as const)
      live.send({ type: 'form.change', field, value });
    live.send({ type: 'form.submit' });
    await live.settled();
    const lz = await loadLz();
    const record = savedOf(storage);
    const without = encodeShareFragment(lz, 'sign-up', sharedStateOf(record, { includePasswords: false, presenter: { pane: 'app' } }));
    const withThem = encodeShareFragment(lz, 'sign-up', sharedStateOf(record, { includePasswords: true }));
    expect(lz.decompressFromEncodedURIComponent(without.split('/')[3]!)).not.toContain('Mine5678');
    expect(lz.decompressFromEncodedURIComponent(withThem.split('/')[3]!)).toContain('#Mine5678');
    for (const fragment of [without, withThem]) {
      const { session, decoded } = await open(fragment);
      expect(stateOf(session)).toEqual(stateOf(live));
      expect(session.getView().snapshot.value).toBe('awaitingCode');
      const form = (session.getView().snapshot.context as { form: Record<string, string> }).form;
      expect(form).toMatchObject({ username: 'me@example.com' });
      expect(form['password'] === '#Mine5678').toBe(fragment === withThem);
      session.dispose();
      if (fragment === without) expect('state' in decoded && decoded.state).toMatchObject({ passwords: 'stand-ins', presenter: { pane: 'app' } });
    }
    // Keystrokes on one field are folded into their last value.
    const events = sharedStateOf(record, { includePasswords: true }).steps[0]!.events!;
    expect(events.filter((e) => 'send' in e && e.send['field'] === 'password')).toHaveLength(1);
  });

  it('stands in for a password with one of the same length and kinds, the same one each time it is typed', () => {
    const step = (value: string) => ({ events: [{ send: { type: 'form.change', field: 'password', value } }] });
    const [a, b, c] = standInPasswords([step('Secret#12'), step('Secret#12'), step('Tupper#34')]).map(
      (s) => (s.events[0] as { send: { value: string } }).send.value,
    );
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(a).not.toBe('Secret#12');
    expect(a).toMatch(/^[A-Z][a-z]{5}[^A-Za-z0-9][0-9]{2}$/);
    // The lesson's own passwords are printed in it, so they stay.
    expect(standInPasswords([step('#Abc1234')])[0]!.events[0]).toEqual({ send: { type: 'form.change', field: 'password', value: '#Abc1234' } });
  });

  it('says what is wrong with a damaged or older link, and which lesson it was for when it can tell', async () => {
    const lz = await loadLz();
    const good = encodeShareFragment(lz, 'sign-up', { seed: null, mode: 'guided', steps: [{ mode: 'guided', log: 0 }], passwords: 'none' });
    expect(decodeShareFragment(lz, good)).toMatchObject({ lessonId: 'sign-up', state: { mode: 'guided' } });
    expect(decodeShareFragment(lz, good.slice(0, -6))).toMatchObject({ lessonId: 'sign-up', problem: expect.stringMatching(/damaged/) });
    expect(decodeShareFragment(lz, `${SHARE_PREFIX}1/sign-up/1/${lz.compressToEncodedURIComponent('{"seed":3}')}`)).toMatchObject({
      lessonId: 'sign-up',
      problem: 'its seed is damaged',
    });
    expect(decodeShareFragment(lz, good.replace('=1/', '=0/'))).toEqual({
      lessonId: 'sign-up',
      problem: 'it was made by a different version of the simulator (link version “0”)',
    });
    expect(decodeShareFragment(lz, `${SHARE_PREFIX}1/%E0%A4%A/2/x`)).toEqual({ problem: 'it does not say which lesson it is for' });
    expect(decodeShareFragment(lz, good.replace('/1/', '/2/'))).toMatchObject({ problem: 'its step does not match its script' });
    expect(decodeShareFragment(lz, '#/sign-up/2')).toBeUndefined();
  });
});
