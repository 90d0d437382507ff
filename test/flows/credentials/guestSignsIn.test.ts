import { describe, expect, it } from 'vitest';
import { cognitoIdentity, cognitoSync } from '../../../src/engine';
import { credentialsMachine } from '../../../src/flows/credentials/machine';
import { AUTH_ROLE_NAME } from '../../../src/flows/credentials/scenarios';
import { wire, type Wired } from '../support';

const ev = (type: string) => ({ type });

async function guestThenSignIn(w: Wired) {
  await w.send(ev('guest.start'));
  const guest = w.snapshot().context.identityId as string;
  await w.send(ev('sync.write'));
  let s = await w.send(ev('signIn.start'));
  expect(s.value).toBe('start');
  await w.type({ username: w.setup.username!, password: w.setup.password! });
  s = await w.send(ev('form.submit'));
  return { guest, s };
}

const identity = (w: Wired, id: string) => w.cloud.records(cognitoIdentity).identities[id]!;

describe('the credentials flow: a guest who signs in later', () => {
  it('links the login to the guest identity: same IdentityId, the authenticated role, the guest’s Sync data kept', async () => {
    const w = await wire(credentialsMachine, 'threeSteps');
    const { guest, s } = await guestThenSignIn(w);
    expect(s.value).toEqual({ held: 'idle' });
    expect(s.context).toMatchObject({ identityId: guest, holder: 'signedIn', link: { kind: 'linked', guestIdentityId: guest, survivor: guest } });
    expect(identity(w, guest).logins).toEqual([w.setup.providerName]);
    // No GetId with the login: GetCredentialsForIdentity with the guest's IdentityId and the new Logins did the linking.
    expect(
      w.cloud.log.entries
        .filter((e) => !e.parent)
        .map((e) => e.action)
        .slice(-2),
    ).toEqual(['InitiateAuth', 'GetCredentialsForIdentity']);
    const after = await w.send(ev('sync.write'));
    expect(after.context.answer).toMatchObject({ ok: true, status: 200 });
    const records = after.context.answer.json.Records as { Key: string; SyncCount: number }[];
    expect(records.map((r) => [r.Key, r.SyncCount])).toEqual([['theme', 2]]);
    const notes = await w.send(ev('notes.put'));
    expect(notes.context.answer.message).toContain(`assumed-role/${AUTH_ROLE_NAME}/CognitoIdentityCredentials`);
  });

  it('merges the guest into the identity that already owns the login, which survives; the guest identity is disabled', async () => {
    const w = await wire(credentialsMachine, 'signedInElsewhere');
    const owner = Object.values(w.cloud.records(cognitoIdentity).identities).find((i) => i.logins.includes(w.setup.providerName!))!.IdentityId;
    const { guest, s } = await guestThenSignIn(w);
    expect(owner).not.toBe(guest);
    expect(s.value).toEqual({ held: 'idle' });
    expect(s.context).toMatchObject({ identityId: owner, link: { kind: 'merged', guestIdentityId: guest, survivor: owner } });
    expect(identity(w, guest).mergedInto).toBe(owner);
    expect(identity(w, owner).mergedFrom).toEqual([guest]);
    await expect(w.cloud.cognitoIdentity.getCredentialsForIdentity({ IdentityId: guest })).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: `Identity '${guest}' is disabled.`,
    });
    // Sync meets the survivor: the guest's dataset arrives beside the survivor's, named in MergedDatasetNames.
    expect((await w.send(ev('sync.write'))).context.answer).toMatchObject({ ok: true, status: 200 });
    const survivorDatasets = Object.values(w.cloud.records(cognitoSync).datasets).filter((d) => d.IdentityId === owner);
    expect(survivorDatasets.map((d) => [d.DatasetName, d.mergedFrom ?? null])).toEqual(
      expect.arrayContaining([
        ['settings', null],
        [`settings.${guest}`, { DatasetName: 'settings', IdentityId: guest }],
      ]),
    );
  });

  it('a guest may stay a guest after all', async () => {
    const w = await wire(credentialsMachine, 'threeSteps');
    await w.send(ev('guest.start'));
    await w.send(ev('signIn.start'));
    const s = await w.send(ev('signIn.cancel'));
    expect(s.value).toEqual({ held: 'idle' });
    expect(s.context.holder).toBe('guest');
  });
});
