import { describe, expect, it } from 'vitest';
import { HOUR, MINUTE, s3, type ManualClock } from '../../../src/engine';
import { credentialsMachine } from '../../../src/flows/credentials/machine';
import { AUTH_ROLE_NAME } from '../../../src/flows/credentials/scenarios';
import { wire } from '../support';

const ev = (type: string) => ({ type });
const SESSION = `arn:aws:sts::123456789012:assumed-role/${AUTH_ROLE_NAME}/CognitoIdentityCredentials`;
const denied = (action: string, resource: string) =>
  `User: ${SESSION} is not authorized to perform: s3:${action} on resource: "arn:aws:s3:::article-notes/${resource}" because no identity-based policy allows the s3:${action} action`;

async function signedIn() {
  const w = await wire(credentialsMachine, 'threeSteps');
  await w.type({ username: w.setup.username!, password: w.setup.password! });
  const s = await w.send(ev('form.submit'));
  return { w, s };
}

describe('the credentials flow: the article’s three steps', () => {
  it('signs in, gets an identity with the ID token in Logins, then the authenticated role’s credentials', async () => {
    const { w, s } = await signedIn();
    expect(s.value).toEqual({ held: 'idle' });
    expect(s.context.holder).toBe('signedIn');
    expect(s.context.identityId).not.toBe(w.setup.otherIdentityId);
    const calls = w.cloud.log.entries.filter((e) => !e.parent).map((e) => e.action);
    expect(calls.slice(-3)).toEqual(['InitiateAuth', 'GetId', 'GetCredentialsForIdentity']);
    const getId = w.cloud.log.entries.find((e) => e.action === 'GetId' && !e.parent && JSON.stringify(e.request).includes('Logins'));
    expect(getId).toBeDefined();
  });

  it('is denied S3 by the article’s preset alone, then allowed its own prefix and denied another identity’s once the developer adds the statement', async () => {
    const { w } = await signedIn();
    let s = await w.send(ev('notes.put'));
    const own = `${s.context.identityId}/notes.txt`;
    expect(s.context.answer).toMatchObject({ ok: false, status: 403, code: 'AccessDenied', message: denied('PutObject', own) });
    s = await w.send(ev('notes.list'));
    expect(s.context.answer).toMatchObject({
      ok: false,
      status: 403,
      code: 'AccessDenied',
      message: `User: ${SESSION} is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::article-notes" because no identity-based policy allows the s3:ListBucket action`,
    });

    s = await w.send(ev('developer.allowOwnNotes'));
    expect(s.value).toEqual({ held: 'idle' });
    expect(s.context.developerChange).toContain('own-notes');

    s = await w.send(ev('notes.put'));
    expect(s.context.answer).toMatchObject({ ok: true, status: 200, request: { action: 'PutObject', key: own } });
    expect(w.cloud.records(s3).buckets['article-notes']!.objects[own]).toBeDefined();
    s = await w.send(ev('notes.get'));
    expect(s.context.answer).toMatchObject({ ok: true, status: 200, text: 'My notes.' });
    s = await w.send(ev('notes.list'));
    expect(s.context.answer).toMatchObject({ ok: true, status: 200, request: { action: 'ListObjectsV2', prefix: `${s.context.identityId}/` } });
    expect(s.context.answer.text).toContain(`<Key>${own}</Key>`);
    expect(s.context.answer.text).not.toContain(w.setup.otherIdentityId);

    const theirs = `${w.setup.otherIdentityId}/notes.txt`;
    s = await w.send(ev('notes.getOther'));
    expect(s.context.answer).toMatchObject({ ok: false, status: 403, code: 'AccessDenied', message: denied('GetObject', theirs) });
    s = await w.send(ev('notes.putOther'));
    expect(s.context.answer).toMatchObject({ ok: false, status: 403, code: 'AccessDenied', message: denied('PutObject', theirs) });
  });

  it('is denied its own note by the developer’s explicit Deny although own-notes still allows it, and still reads it', async () => {
    const { w } = await signedIn();
    await w.send(ev('developer.allowOwnNotes'));
    let s = await w.send(ev('notes.put'));
    expect(s.context.answer).toMatchObject({ ok: true, status: 200 });
    s = await w.send(ev('developer.freezeNotes'));
    expect(s.value).toEqual({ held: 'idle' });
    expect(s.context.developerChange).toContain('notes-frozen');
    s = await w.send(ev('notes.put'));
    const own = `${s.context.identityId}/notes.txt`;
    expect(s.context.answer).toMatchObject({
      ok: false,
      status: 403,
      code: 'AccessDenied',
      message: `User: ${SESSION} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::article-notes/${own}" with an explicit deny in an identity-based policy`,
    });
    const put = w.cloud.log.entries.filter((e) => e.action === 'PutObject').at(-1)!;
    expect(put.authorization?.decision).toBe('explicitDeny');
    s = await w.send(ev('notes.get'));
    expect(s.context.answer).toMatchObject({ ok: true, status: 200, text: 'My notes.' });
  });

  it('fails with ExpiredToken once the clock passes the expiry, then refreshes the tokens, gets fresh credentials and succeeds', async () => {
    const { w } = await signedIn();
    await w.send(ev('developer.allowOwnNotes'));
    let s = await w.send(ev('notes.put'));
    const before = s.context.credentials;
    (w.cloud.clock as ManualClock).advance(HOUR + MINUTE);
    s = await w.send(ev('notes.get'));
    expect(s.context.answer).toMatchObject({ ok: false, status: 400, code: 'ExpiredToken', message: 'The provided token has expired.' });

    s = await w.send(ev('credentials.refresh'));
    expect(s.value).toEqual({ held: 'idle' });
    expect(
      w.cloud.log.entries
        .filter((e) => !e.parent)
        .map((e) => e.action)
        .slice(-2),
    ).toEqual(['InitiateAuth', 'GetCredentialsForIdentity']);
    expect(s.context.credentials.accessKeyId).not.toBe(before.accessKeyId);
    expect(s.context.credentials.expiration).toBe(w.cloud.clock.now() / 1000 + 3600);
    s = await w.send(ev('notes.get'));
    expect(s.context.answer).toMatchObject({ ok: true, status: 200, text: 'My notes.' });
  });

  it('shows the user pool’s refusal when the tokens cannot be refreshed (the refresh token revoked)', async () => {
    const { w } = await signedIn();
    (w.cloud.clock as ManualClock).advance(HOUR + MINUTE);
    // The refresh token revoked: the app cannot refresh its tokens either.
    await w.cloud.cognitoIdp.adminUserGlobalSignOut({ UserPoolId: w.setup.userPoolId!, Username: w.setup.username! });
    const s = await w.send(ev('credentials.refresh'));
    expect(s.value).toBe('failed');
    expect(s.context.error).toEqual({ code: 'NotAuthorizedException', message: 'Refresh Token has been revoked' });
  });

  it('shows the user pool’s refusal of a wrong password and lets the learner try again', async () => {
    const w = await wire(credentialsMachine, 'threeSteps');
    await w.type({ username: w.setup.username!, password: '#Wrong9999' });
    let s = await w.send(ev('form.submit'));
    expect(s.value).toBe('signInFailed');
    expect(s.context.error).toEqual({ code: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    await w.type({ password: w.setup.password! });
    s = await w.send(ev('form.submit'));
    expect(s.value).toEqual({ held: 'idle' });
    expect((await w.send(ev('app.signOut'))).context.credentials).toBeUndefined();
  });
});
