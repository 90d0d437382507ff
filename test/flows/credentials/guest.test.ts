import { describe, expect, it } from 'vitest';
import { credentialsMachine } from '../../../src/flows/credentials/machine';
import { GUEST_ROLE_NAME } from '../../../src/flows/credentials/scenarios';
import { wire } from '../support';

const ev = (type: string) => ({ type });
const SESSION = (role: string) => `arn:aws:sts::123456789012:assumed-role/${role}/CognitoIdentityCredentials`;

describe('the credentials flow: a guest', () => {
  it('gets a guest identity and credentials, writes with Sync, and is denied S3 with AWS’s reason', async () => {
    const w = await wire(credentialsMachine, 'guestPool');
    let s = await w.send(ev('guest.start'));
    expect(s.value).toEqual({ held: 'idle' });
    expect(s.context.holder).toBe('guest');
    expect(s.context.identityId).toMatch(/^us-east-1:[0-9a-f-]{36}$/);
    expect(s.context.credentials.accessKeyId).toMatch(/^ASIA/);
    expect(s.context.credentials.expiration).toBe(w.cloud.clock.now() / 1000 + 3600);
    expect(w.cloud.log.entries.map((e) => e.action)).toEqual(expect.arrayContaining(['GetId', 'GetCredentialsForIdentity', 'AssumeRoleWithWebIdentity']));

    s = await w.send(ev('sync.write'));
    expect(s.value).toEqual({ held: 'answered' });
    expect(s.context.answer).toMatchObject({ ok: true, status: 200, request: { action: 'UpdateRecords' } });
    expect((s.context.answer.json.Records as { Key: string; Value: string }[]).map((r) => [r.Key, r.Value])).toEqual([['theme', 'dark']]);
    s = await w.send(ev('sync.write'));
    expect(s.context.answer).toMatchObject({ ok: true, status: 200 });

    s = await w.send(ev('notes.get'));
    expect(s.value).toEqual({ held: 'answered' });
    expect(s.context.answer).toMatchObject({ ok: false, status: 403, code: 'AccessDenied', request: { action: 'GetObject' } });
    expect(s.context.answer.message).toBe(
      `User: ${SESSION(GUEST_ROLE_NAME)} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::article-notes/${s.context.identityId}/notes.txt" because no identity-based policy allows the s3:GetObject action`,
    );
    expect(s.context.answer.steps.signature).toBe(s.context.answer.steps.claimedSignature);
  });

  it('is still denied a service outside the scope-down once the role allows it: no session policy allows it', async () => {
    const w = await wire(credentialsMachine, 'guestPool');
    await w.send(ev('guest.start'));
    let s = await w.send(ev('roles.list'));
    expect(s.context.answer).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(s.context.answer.message).toBe(
      `User: ${SESSION(GUEST_ROLE_NAME)} is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::123456789012:role/ because no identity-based policy allows the iam:ListRoles action`,
    );
    s = await w.send(ev('developer.allowIamForGuests'));
    expect(s.value).toEqual({ held: 'idle' });
    expect(s.context.developerChange).toContain('iam:ListRoles');
    s = await w.send(ev('roles.list'));
    expect(s.context.answer).toMatchObject({ status: 403, code: 'AccessDenied' });
    expect(s.context.answer.message).toBe(
      `User: ${SESSION(GUEST_ROLE_NAME)} is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::123456789012:role/ because no session policy allows the iam:ListRoles action`,
    );
  });

  it('shows the identity pool’s refusal when guests are not allowed', async () => {
    const w = await wire(credentialsMachine, 'guestPool');
    await w.cloud.cognitoIdentity.updateIdentityPool({
      IdentityPoolId: w.setup.identityPoolId!,
      IdentityPoolName: 'article',
      AllowUnauthenticatedIdentities: false,
    });
    const s = await w.send(ev('guest.start'));
    expect(s.value).toBe('failed');
    expect(s.context.error).toEqual({ code: 'NotAuthorizedException', message: 'Unauthenticated access is not supported for this identity pool.' });
    expect((await w.send(ev('app.signOut'))).value).toBe('start');
  });
});
