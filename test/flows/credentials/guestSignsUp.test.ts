import { describe, expect, it } from 'vitest';
import { cognitoIdentity } from '../../../src/engine';
import { credentialsMachine } from '../../../src/flows/credentials/machine';
import { newestCodeTo, wire } from '../support';

const ev = (type: string) => ({ type });

describe('the credentials flow: a guest who signs up', () => {
  it('signs up, confirms the emailed code, signs in, and the new login is linked to the guest identity', async () => {
    const w = await wire(credentialsMachine, 'guestSignsUp');
    await w.send(ev('guest.start'));
    const guest = w.snapshot().context.identityId as string;
    await w.send(ev('signIn.start'));
    await w.type({ username: w.setup.username!, password: w.setup.password! });
    let s = await w.send(ev('signUp.submit'));
    expect(s.value).toBe('awaitingCode');
    expect(s.context.codeDelivery).toEqual({ Destination: 'a***@g***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' });

    await w.type({ code: '000000' });
    s = await w.send(ev('form.submit'));
    expect(s.value).toBe('confirmFailed');
    expect(s.context.error).toEqual({ code: 'CodeMismatchException', message: 'Invalid verification code provided, please try again.' });

    await w.type({ code: newestCodeTo(w.cloud, w.setup.username!) });
    s = await w.send(ev('form.submit'));
    expect(s.value).toEqual({ held: 'idle' });
    expect(s.context).toMatchObject({ identityId: guest, holder: 'signedIn', link: { kind: 'linked', guestIdentityId: guest, survivor: guest } });
    expect(w.cloud.records(cognitoIdentity).identities[guest]!.logins).toEqual([w.setup.providerName]);
    // The refused code, the accepted one, the sign-in, and the credentials that linked the login.
    expect(
      w.cloud.log.entries
        .filter((e) => !e.parent)
        .map((e) => e.action)
        .slice(-4),
    ).toEqual(['ConfirmSignUp', 'ConfirmSignUp', 'InitiateAuth', 'GetCredentialsForIdentity']);
  });

  it('shows the user pool’s refusal of a sign-up whose username is taken', async () => {
    const w = await wire(credentialsMachine, 'threeSteps');
    await w.type({ username: w.setup.username!, password: w.setup.password! });
    const s = await w.send(ev('signUp.submit'));
    expect(s.value).toBe('signInFailed');
    expect(s.context.error).toEqual({ code: 'UsernameExistsException', message: 'User already exists' });
  });
});
