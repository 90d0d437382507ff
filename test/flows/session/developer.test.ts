/**
 * The developer's policy edits through the session: a real IAM request recorded in the current step, replayed by a
 * reload and undone by "Previous step". The lesson runs on a scenario of its own (registered for the tests) that
 * builds the identity journey's cloud through the facades.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { iam, type RoleView } from '../../../src/engine';
import { createSession, type LessonScript, type Session } from '../../../src/flows/session';
import { SESSION_KEY, sessionProblem } from '../../../src/flows/session/persistence';
import type { ScenarioId } from '../../../src/flows/types';
import { FIXTURE_KEYS } from '../../support/cloud';
import { identityScenario } from '../../ui/inspectors/identityCloud';
import { memoryStorage } from '../support';

let SCENARIO: ScenarioId;
const LESSON: LessonScript = { lessonId: 'policy-edits', flow: 'console', scenario: 'none', steps: [{ label: 'one' }, { label: 'two' }, { label: 'three' }] };
const DENY_ALL = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] });

beforeAll(() => {
  SCENARIO = identityScenario();
  LESSON.scenario = SCENARIO;
});

const role = (session: Session, name: string): RoleView => session.getView().iam.roles.find((r) => r.name === name)!;
const putAuth = (PolicyDocument: string) => ({ action: 'PutRolePolicy' as const, input: { RoleName: 'Auth', PolicyName: 'permissions', PolicyDocument } });

describe('developer actions in the session', () => {
  it('saves a policy with PutRolePolicy, logged, recorded in the step, replayed on reload and undone by Previous step', async () => {
    const storage = memoryStorage();
    const session = await createSession({ keys: FIXTURE_KEYS, storage, seed: 'dev' });
    await session.openLesson(LESSON, 1);
    const before = role(session, 'Auth').inlinePolicies[0]!.document;
    expect(await session.developerAction(putAuth(DENY_ALL))).toEqual({});
    await session.settled();
    expect(role(session, 'Auth').inlinePolicies).toEqual([{ name: 'permissions', document: DENY_ALL }]);
    const last = session.getView().log.at(-1)!;
    expect([last.service, last.action, last.status]).toEqual([iam.id, 'PutRolePolicy', 200]);

    const saved = JSON.parse(storage.data.get(SESSION_KEY)!);
    expect(saved.steps[1].events).toEqual([{ developer: putAuth(DENY_ALL) }]);
    expect(saved.steps[1].log).toBe(session.getView().log.length);
    // Not a departure from the lesson's path: lessons ask for this edit.
    expect(session.getView().offPath).toBe(false);

    const reloaded = await createSession({ keys: FIXTURE_KEYS, storage });
    await reloaded.openLesson(LESSON, 1);
    expect(reloaded.getView().notice).toBeUndefined();
    expect(role(reloaded, 'Auth').inlinePolicies[0]!.document).toBe(DENY_ALL);
    expect(reloaded.getView().log.map((e) => e.action)).toEqual(session.getView().log.map((e) => e.action));

    await reloaded.next();
    expect(role(reloaded, 'Auth').inlinePolicies[0]!.document).toBe(DENY_ALL);
    await reloaded.previous();
    await reloaded.previous();
    expect(reloaded.getView().stepIndex).toBe(0);
    expect(role(reloaded, 'Auth').inlinePolicies[0]!.document).toBe(before);
    expect(
      reloaded.getView().log.some((e) => e.action === 'PutRolePolicy' && e.request && (e.request as { PolicyDocument?: string }).PolicyDocument === DENY_ALL),
    ).toBe(false);
    await reloaded.settled();
    expect(JSON.parse(storage.data.get(SESSION_KEY)!).steps).toHaveLength(1);
    session.dispose();
    reloaded.dispose();
  });

  it('answers a malformed policy with MalformedPolicyDocument, changes nothing, and still replays the refused request', async () => {
    const storage = memoryStorage();
    const session = await createSession({ keys: FIXTURE_KEYS, storage, seed: 'dev' });
    await session.openLesson(LESSON, 0);
    const before = role(session, 'Auth').inlinePolicies[0]!.document;
    expect(await session.developerAction(putAuth('{ "Version": "2012-10-17", '))).toEqual({
      error: { code: 'MalformedPolicyDocumentException', message: 'Syntax errors in policy.' },
    });
    expect(role(session, 'Auth').inlinePolicies[0]!.document).toBe(before);
    await session.settled();
    const reloaded = await createSession({ keys: FIXTURE_KEYS, storage });
    await reloaded.openLesson(LESSON, 0);
    expect(reloaded.getView().notice).toBeUndefined();
    expect(reloaded.getView().log.at(-1)?.error).toEqual({ code: 'MalformedPolicyDocumentException', message: 'Syntax errors in policy.' });
    session.dispose();
    reloaded.dispose();
  });

  it('saves a managed policy as a new default version (CreatePolicyVersion)', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS, seed: 'dev' });
    await session.openLesson(LESSON, 0);
    const managed = session.getView().iam.policies.find((p) => p.name === 'GuestExtras')!;
    const outcome = await session.developerAction({
      action: 'CreatePolicyVersion',
      input: { PolicyArn: managed.arn, PolicyDocument: DENY_ALL, SetAsDefault: true },
    });
    expect(outcome).toEqual({});
    const after = session.getView().iam.policies.find((p) => p.name === 'GuestExtras')!;
    expect([after.defaultVersionId, after.versionIds, after.document]).toEqual(['v2', ['v1', 'v2'], DENY_ALL]);
    session.dispose();
  });

  it('refuses a saved script whose developer action is damaged', () => {
    const record = {
      version: 2,
      seed: null,
      keys: [],
      lesson: { lessonId: 'x', flow: 'console', scenario: 'none', stepCount: 1 },
      mode: 'guided',
      steps: [{ mode: 'guided', log: 0, events: [{ developer: { action: 'PutRolePolicy', input: { RoleName: 'Auth' } } }] }],
    };
    expect(sessionProblem(record)).toBe('a step in the script is damaged (an event is unknown)');
    record.steps[0]!.events[0]!.developer.input = { RoleName: 'Auth', PolicyName: 'p', PolicyDocument: '{}' } as never;
    expect(sessionProblem(record)).toBeUndefined();
  });
});
