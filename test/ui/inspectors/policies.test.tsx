// @vitest-environment happy-dom
/**
 * The Policies tab against a real cloud: through a real session (its saves are the session's developer actions) and, for
 * the step's own requests, the panel over a cloud built through the facades.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { iam, sts, cognitoIdentity, POLICY_MESSAGES } from '../../../src/engine';
import { createSession, type LessonScript, type Session } from '../../../src/flows/session';
import { runDeveloperAction } from '../../../src/flows/session/developer';
import { PoliciesTab } from '../../../src/ui/inspectors/policies';
import { PoliciesPanel } from '../../../src/ui/inspectors/policies/PoliciesPanel';
import { rolesInPlay } from '../../../src/ui/inspectors/policies/rolesInPlay';
import { SessionContext } from '../../../src/ui/shell/SessionContext';
import { FIXTURE_KEYS, newCloud } from '../../support/cloud';
import { sendSigned } from '../../support/sign';
import { keysOf } from '../../engine/identityPool/support';
import { memoryStorage } from '../../flows/support';
import { BUCKET, guestOf, identityCloud, identityScenario, OTHER_PREFIX, readNote } from './identityCloud';

afterEach(cleanup);

const LESSON: LessonScript = { lessonId: 'policies-tab', flow: 'console', scenario: 'none', steps: [{ label: 'one' }, { label: 'two' }] };
beforeAll(() => {
  LESSON.scenario = identityScenario(true);
});

const DENY_READS = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Sid: 'NoReads', Effect: 'Deny', Action: 's3:GetObject', Resource: '*' }],
});

function show(session: Session) {
  return render(
    <SessionContext.Provider value={session}>
      <PoliciesTab />
    </SessionContext.Provider>,
  );
}

const authBox = () => screen.getByRole('textbox', { name: /Permissions policy "permissions" of Auth/ }) as HTMLTextAreaElement;
const field = (name: string) => screen.getByRole('textbox', { name }) as HTMLInputElement;
const result = () => screen.getByLabelText('Result');

async function evaluate(session: Session, fields: { role?: string; action?: string; resource?: string } = {}) {
  if (fields.role) fireEvent.change(screen.getByRole('combobox', { name: 'Role' }), { target: { value: roleArn(session, fields.role) } });
  if (fields.action) fireEvent.change(field('Action'), { target: { value: fields.action } });
  if (fields.resource) fireEvent.change(field('Resource'), { target: { value: fields.resource } });
  fireEvent.click(screen.getByRole('button', { name: 'Evaluate' }));
  await session.settled();
  await waitFor(() => expect((screen.getByRole('button', { name: 'Evaluate' }) as HTMLButtonElement).disabled).toBe(false));
}

const roleArn = (session: Session, name: string) => session.getView().iam.roles.find((r) => r.name === name)!.arn;
const identityId = (session: Session) => session.getView().identityPools.pools[0]!.identities[0]!.identityId;

describe('the Policies tab', () => {
  it("shows each role in play with its trust and permissions policies, and prefills the last request's action", async () => {
    const session = await createSession({ keys: FIXTURE_KEYS, seed: 'tab' });
    await session.openLesson(LESSON, 0);
    show(session);
    for (const name of ['Auth', 'Guest']) expect(screen.getByRole('heading', { name })).toBeTruthy();
    expect(screen.getByLabelText('Trust policy of Auth').textContent).toContain('"cognito-identity.amazonaws.com:amr": "authenticated"');
    // Pretty JSON, editable, named as a policy.
    expect(authBox().value).toContain('\n  "Statement": [');
    expect(screen.getAllByRole('textbox', { name: /policy/ })).toHaveLength(3);
    // The last judged request was the guest's IAM ListRoles.
    expect(field('Action').value).toBe('iam:ListRoles');
    expect(field('Resource').value).toBe('arn:aws:iam::123456789012:role/');
    expect((screen.getByRole('combobox', { name: 'Role' }) as HTMLSelectElement).value).toBe(roleArn(session, 'Guest'));
    session.dispose();
  });

  it("allows the user's own note, by the statement that allows it, with the identity id resolved in the trace", async () => {
    const session = await createSession({ keys: FIXTURE_KEYS, seed: 'tab' });
    await session.openLesson(LESSON, 0);
    show(session);
    const own = `arn:aws:s3:::${BUCKET}/${identityId(session)}/note.txt`;
    await evaluate(session, { role: 'Auth', action: 's3:GetObject', resource: own });
    expect(result().textContent).toContain('Allowed');
    expect(result().textContent).toContain('Allowed by statement 3 of the permissions policy "permissions".');
    const trace = screen.getByText(/^Trace: s3:GetObject/).closest('details')!;
    expect(trace.textContent).toContain(`arn:aws:s3:::${BUCKET}/\${cognito-identity.amazonaws.com:sub}/* → arn:aws:s3:::${BUCKET}/${identityId(session)}/*`);
    // Nothing was edited, so nothing was saved.
    expect(session.getView().log.some((e) => e.action === 'PutRolePolicy' && e.seq > session.getView().logStart)).toBe(false);
    session.dispose();
  });

  it("denies another identity's note as an implicit deny, with AWS's message", async () => {
    const session = await createSession({ keys: FIXTURE_KEYS, seed: 'tab' });
    await session.openLesson(LESSON, 0);
    show(session);
    await evaluate(session, { role: 'Auth', action: 's3:GetObject', resource: `arn:aws:s3:::${BUCKET}/${OTHER_PREFIX}/note.txt` });
    expect(result().textContent).toContain('Denied');
    expect(result().textContent).toContain('no statement allows it (an implicit deny)');
    expect(result().textContent).toContain('because no identity-based policy allows the s3:GetObject action');
    session.dispose();
  });

  it("judges a guest's action outside the scope-down by the session policy, in AWS's words", async () => {
    const session = await createSession({ keys: FIXTURE_KEYS, seed: 'tab' });
    await session.openLesson(LESSON, 0);
    show(session);
    await evaluate(session);
    expect(result().textContent).toContain('Denied: no session policy allows it (an implicit deny)');
    expect(result().textContent).toContain('because no session policy allows the iam:ListRoles action');
    const trace = screen.getByText(/^Trace: iam:ListRoles/).closest('details')!;
    expect(trace.textContent).toContain('The session policy "Session policy 1"Statement 1: Allow — does not apply');
    expect(trace.textContent).toContain('The managed policy "GuestExtras"');
    session.dispose();
  });

  it('saves an edited policy with PutRolePolicy before evaluating: an explicit Deny then denies, logged, replayed and undone by Previous step', async () => {
    const storage = memoryStorage();
    const session = await createSession({ keys: FIXTURE_KEYS, seed: 'tab', storage });
    await session.openLesson(LESSON, 1);
    const view = show(session);
    const original = authBox().value;
    fireEvent.change(authBox(), { target: { value: DENY_READS } });
    await evaluate(session, { role: 'Auth', action: 's3:GetObject', resource: `arn:aws:s3:::${BUCKET}/${identityId(session)}/note.txt` });
    const last = session.getView().log.at(-1)!;
    expect([last.action, last.status, (last.request as { PolicyDocument: string }).PolicyDocument]).toEqual(['PutRolePolicy', 200, DENY_READS]);
    expect(result().textContent).toContain('Denied by an explicit Deny: statement 1 (NoReads) of the permissions policy "permissions".');
    expect(authBox().value).toBe(DENY_READS);
    view.unmount();

    await session.settled();
    const reloaded = await createSession({ keys: FIXTURE_KEYS, storage });
    await reloaded.openLesson(LESSON, 1);
    show(reloaded);
    expect(authBox().value).toBe(JSON.stringify(JSON.parse(DENY_READS), null, 2));
    await reloaded.previous();
    await waitFor(() => expect(authBox().value).toBe(original));
    session.dispose();
    reloaded.dispose();
  });

  it('says MalformedPolicyDocument in words for invalid JSON, keeps the text, and evaluates nothing', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS, seed: 'tab' });
    await session.openLesson(LESSON, 0);
    show(session);
    fireEvent.change(authBox(), { target: { value: '{ "Version": "2012-10-17", oops' } });
    await evaluate(session);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('IAM could not read this policy: it is not valid JSON. Your text is kept');
    expect(alert.textContent).toContain('MalformedPolicyDocument: Syntax errors in policy.');
    expect(authBox().value).toBe('{ "Version": "2012-10-17", oops');
    expect(authBox().getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByLabelText('Result')).toBeNull();
    expect(session.getView().log.at(-1)!.error?.code).toBe('MalformedPolicyDocumentException');
    session.dispose();
  });
});

describe('the Policies tab, more edits', () => {
  it('says a JSON document that is no valid policy is refused, in words, and keeps it', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS, seed: 'tab' });
    await session.openLesson(LESSON, 0);
    show(session);
    const noEffect = JSON.stringify({ Version: '2012-10-17', Statement: [{ Action: 's3:GetObject', Resource: '*' }] });
    fireEvent.change(authBox(), { target: { value: noEffect } });
    await evaluate(session);
    expect(session.getView().log.at(-1)!.error).toEqual({ code: 'MalformedPolicyDocumentException', message: POLICY_MESSAGES.syntax });
    let alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('the JSON is fine, but it is not shaped as a policy');
    expect(alert.textContent).toContain('MalformedPolicyDocument: Syntax errors in policy.');
    expect(authBox().value).toBe(noEffect);

    const noVendor = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'GetObject', Resource: '*' }] });
    fireEvent.change(authBox(), { target: { value: noVendor } });
    // Typing again clears the refusal.
    expect(screen.queryByRole('alert')).toBeNull();
    await evaluate(session);
    alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('IAM read this policy but it is not a valid policy document. Your text is kept');
    expect(alert.textContent).toContain(`MalformedPolicyDocument: ${POLICY_MESSAGES.actionVendor}`);
    expect(authBox().value).toBe(noVendor);
    session.dispose();
  });

  it('saves an edited managed policy as a new default version (CreatePolicyVersion), which then decides', async () => {
    const session = await createSession({ keys: FIXTURE_KEYS, seed: 'tab' });
    await session.openLesson(LESSON, 0);
    show(session);
    const box = screen.getByRole('textbox', { name: /Permissions policy "GuestExtras" of Guest \(customer managed policy\)/ }) as HTMLTextAreaElement;
    const onlyBuckets = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' }] });
    fireEvent.change(box, { target: { value: onlyBuckets } });
    await evaluate(session, { role: 'Guest', action: 's3:ListAllMyBuckets', resource: '*' });
    const last = session.getView().log.at(-1)!;
    expect([last.action, last.status]).toEqual(['CreatePolicyVersion', 200]);
    expect(session.getView().iam.policies.find((p) => p.name === 'GuestExtras')!.defaultVersionId).toBe('v2');
    expect(result().textContent).toContain(
      'Allowed by statement 1 of the managed policy "GuestExtras" and statement 1 of the session policy "Session policy 1".',
    );
    // The guest's ListRoles, allowed by no identity-based policy now.
    await evaluate(session, { action: 'iam:ListRoles' });
    expect(result().textContent).toContain('because no identity-based policy allows the iam:ListRoles action');
    session.dispose();
  });
});

describe("the Policies panel's step requests", () => {
  it('lists every judged request of the step with its decision and trace', async () => {
    const cloud = await newCloud();
    const built = await identityCloud(cloud);
    await guestOf(cloud, built.identityPoolId);
    const credentials = cloud.inspect(sts).credentials;
    const state = { roles: rolesInPlay(cloud.inspect(iam), cloud.inspect(cognitoIdentity), { credentials }), credentials, now: cloud.clock.now() };
    const entries = cloud.log.entries.slice(built.logStart);
    render(
      <PoliciesPanel
        {...state}
        stepEntries={entries}
        allEntries={cloud.log.entries}
        region="us-east-1"
        save={(action) => runDeveloperAction(cloud, action)}
        read={() => state}
      />,
    );
    const list = within(screen.getByRole('region', { name: "This step's requests, as IAM judged them" })).getAllByRole('listitem', { name: undefined });
    const requests = list.filter((li) => li.classList.contains('policy-request'));
    expect(requests.map((li) => li.querySelector('.mono')!.textContent)).toEqual(['GetObject → 200', 'GetObject → 403', 'ListRoles → 403']);
    expect(requests.map((li) => li.querySelector('.policy-verdict-word')!.textContent)).toEqual(['Allowed', 'Denied', 'Denied']);
    expect(requests[2]!.textContent).toContain('because no session policy allows the iam:ListRoles action');
    expect(requests[0]!.textContent).toContain(`${BUCKET}/${built.identityId}/*`);
  });

  it('a saved edit changes the decisions of later real requests in the running cloud', async () => {
    const cloud = await newCloud();
    const built = await identityCloud(cloud);
    const own = `${built.identityId}/note.txt`;
    expect(await readNote(cloud, built.credentials, own)).toBe(200);
    const deny = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] });
    expect(await runDeveloperAction(cloud, { action: 'PutRolePolicy', input: { RoleName: 'Auth', PolicyName: 'permissions', PolicyDocument: deny } })).toEqual(
      {},
    );
    expect(await readNote(cloud, built.credentials, own)).toBe(403);
    const judged = cloud.log.entries.at(-1)!.authorization!;
    expect([judged.decision, judged.message]).toEqual([
      'explicitDeny',
      `User: arn:aws:sts::${cloud.accountId}:assumed-role/Auth/CognitoIdentityCredentials is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::${BUCKET}/${own}" with an explicit deny in an identity-based policy`,
    ]);
  });

  it("prefills a real ListBucket's action, resource and its s3:prefix, so Try an action judges it as it was judged", async () => {
    const cloud = await newCloud();
    const built = await identityCloud(cloud);
    const prefix = encodeURIComponent(`${built.identityId}/`);
    const listed = await sendSigned(cloud, `https://${BUCKET}.s3.us-east-1.amazonaws.com/?list-type=2&prefix=${prefix}`, '', {
      credentials: keysOf(built.credentials),
      method: 'GET',
      service: 's3',
    });
    expect(listed.status).toBe(200);
    const credentials = cloud.inspect(sts).credentials;
    const state = { roles: rolesInPlay(cloud.inspect(iam), cloud.inspect(cognitoIdentity), { credentials }), credentials, now: cloud.clock.now() };
    render(
      <PoliciesPanel
        {...state}
        stepEntries={cloud.log.entries.slice(built.logStart)}
        allEntries={cloud.log.entries}
        region="us-east-1"
        save={(action) => runDeveloperAction(cloud, action)}
        read={() => state}
      />,
    );
    expect((screen.getByRole('textbox', { name: 'Action' }) as HTMLInputElement).value).toBe('s3:ListBucket');
    expect((screen.getByRole('textbox', { name: 'Resource' }) as HTMLInputElement).value).toBe(`arn:aws:s3:::${BUCKET}`);
    expect(document.body.textContent).toContain(`s3:prefix = ${built.identityId}/`);
    fireEvent.click(screen.getByRole('button', { name: 'Evaluate' }));
    await waitFor(() => expect(result().textContent).toContain('Allowed by statement 2 of the permissions policy "permissions".'));
    // Another resource: the request's own keys no longer apply.
    fireEvent.change(screen.getByRole('textbox', { name: 'Resource' }), { target: { value: 'arn:aws:s3:::another-bucket' } });
    expect(document.body.textContent).not.toContain('s3:prefix =');
  });
});
