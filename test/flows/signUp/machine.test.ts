import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor, type AnyMachineSnapshot } from 'xstate';
import { typing } from '../../../src/flows/guided';
import { signUpMachine } from '../../../src/flows/signUp/machine';
import { ARTICLE_USER } from '../../../src/flows/types';
import type { SignUpResponse } from '../../../src/flows/wire';
import { newestCodeTo, tick, wire } from '../support';
import { poolsOf } from '../../support/cloud';

const setup = { userPoolId: 'us-east-1_pool', clientId: 'client1' };
const article = { username: ARTICLE_USER.username, password: ARTICLE_USER.password, email: ARTICLE_USER.email };

describe('signUpMachine with provided fake actors', () => {
  it('sends SignUp with the typed username, password and email and waits for the code', async () => {
    const requests: unknown[] = [];
    const machine = signUpMachine.provide({
      actors: {
        signUp: fromPromise(async ({ input }) => {
          requests.push(input);
          return {
            UserConfirmed: false,
            UserSub: 'sub-1',
            CodeDeliveryDetails: { Destination: 'a***@g***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
          };
        }),
      },
    });
    const actor = createActor(machine, { input: { setup } }).start();
    expect(actor.getSnapshot().value).toBe('editing');
    typing(article).forEach((e) => actor.send(e));
    actor.send({ type: 'form.submit' });
    expect(actor.getSnapshot().value).toBe('signingUp');
    expect(actor.getSnapshot().hasTag('busy')).toBe(true);
    await waitFor(actor, (s) => s.matches('awaitingCode'));
    expect(requests).toEqual([
      { ClientId: 'client1', Username: article.username, Password: article.password, UserAttributes: [{ Name: 'email', Value: article.email }] },
    ]);
    expect(actor.getSnapshot().context.codeDelivery?.Destination).toBe('a***@g***.com');
    expect(actor.getSnapshot().context.userSub).toBe('sub-1');
  });

  it('keeps the AWS code and message of a refused sign-up and offers to try again', async () => {
    const machine = signUpMachine.provide({
      actors: {
        signUp: fromPromise(async (): Promise<SignUpResponse> => {
          throw { code: 'InvalidPasswordException', message: 'Password did not conform with policy: Password not long enough' };
        }),
      },
    });
    const actor = createActor(machine, { input: { setup } }).start();
    actor.send({ type: 'form.submit' });
    await tick();
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('signUpFailed');
    expect(snapshot.status).toBe('active');
    expect(snapshot.context.error).toEqual({ code: 'InvalidPasswordException', message: 'Password did not conform with policy: Password not long enough' });
    actor.send({ type: 'form.change', field: 'password', value: '#Abc1234' });
    expect(actor.getSnapshot().value).toBe('editing');
  });

  it('turns a thrown Error into { code, message } rather than an error status', async () => {
    const machine = signUpMachine.provide({ actors: { signUp: fromPromise(async () => Promise.reject(new TypeError('Failed to fetch'))) } });
    const actor = createActor(machine, { input: { setup } }).start();
    actor.send({ type: 'form.submit' });
    await tick();
    expect(actor.getSnapshot().status).toBe('active');
    expect(actor.getSnapshot().context.error).toEqual({ code: 'TypeError', message: 'Failed to fetch' });
  });

  it('fails safely with NotProvided when no cloud actors were provided', async () => {
    const actor = createActor(signUpMachine, { input: { setup } }).start();
    actor.send({ type: 'form.submit' });
    await tick();
    expect(actor.getSnapshot().value).toBe('signUpFailed');
    expect(actor.getSnapshot().context.error?.code).toBe('NotProvided');
  });

  it('confirms with the typed code, or asks for a new one', async () => {
    const calls: string[] = [];
    const machine = signUpMachine.provide({
      actors: {
        signUp: fromPromise(async (): Promise<SignUpResponse> => ({ UserConfirmed: false, UserSub: 's' })),
        resendConfirmationCode: fromPromise(async ({ input }) => {
          calls.push(`resend ${input.Username}`);
          return { CodeDeliveryDetails: { Destination: 'x', DeliveryMedium: 'EMAIL', AttributeName: 'email' } };
        }),
        confirmSignUp: fromPromise(async ({ input }) => {
          calls.push(`confirm ${input.ConfirmationCode}`);
          return {};
        }),
      },
    });
    const actor = createActor(machine, { input: { setup } }).start();
    actor.send({ type: 'form.change', field: 'username', value: 'u' });
    actor.send({ type: 'form.submit' });
    await tick();
    actor.send({ type: 'code.resend' });
    await tick();
    expect(actor.getSnapshot().value).toBe('awaitingCode');
    actor.send({ type: 'form.change', field: 'code', value: '123456' });
    actor.send({ type: 'form.submit' });
    await tick();
    expect(actor.getSnapshot().value).toBe('confirmed');
    expect(calls).toEqual(['resend u', 'confirm 123456']);
  });
});

describe('signUpMachine: starting over', () => {
  it('goes from the code screen back to the form keeping what was typed, so the same sign-up can be sent again', async () => {
    const requests: unknown[] = [];
    const machine = signUpMachine.provide({
      actors: {
        signUp: fromPromise(async ({ input }): Promise<SignUpResponse> => {
          requests.push(input);
          return { UserConfirmed: false, UserSub: 's', CodeDeliveryDetails: { Destination: 'x', DeliveryMedium: 'EMAIL', AttributeName: 'email' } };
        }),
      },
    });
    const actor = createActor(machine, { input: { setup } }).start();
    typing(article).forEach((e) => actor.send(e));
    actor.send({ type: 'form.submit' });
    await waitFor(actor, (s) => s.matches('awaitingCode'));
    actor.send({ type: 'form.change', field: 'code', value: '000000' });
    actor.send({ type: 'signUp.startOver' });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('editing');
    expect(snapshot.context.form).toEqual({ ...article, code: '' });
    expect(snapshot.context.codeDelivery).toBeUndefined();
    actor.send({ type: 'form.submit' });
    await waitFor(actor, (s) => s.matches('awaitingCode'));
    expect(requests).toHaveLength(2);
    expect(requests[1]).toEqual(requests[0]);
  });

  it('answers the same sign-up again with UsernameExistsException from a real pool', async () => {
    const app = await wire(signUpMachine, 'emptyPool');
    await app.type(article);
    let s: AnyMachineSnapshot = await app.send({ type: 'form.submit' });
    expect(s.value).toBe('awaitingCode');
    s = await app.send({ type: 'signUp.startOver' });
    expect(s.value).toBe('editing');
    s = await app.send({ type: 'form.submit' });
    expect(s.value).toBe('signUpFailed');
    expect(s.context.error).toMatchObject({ code: 'UsernameExistsException', message: 'User already exists' });
  });
});

describe('signUpMachine wired to a real cloud', () => {
  it('signs the article user up, confirms with the emailed code and leaves them CONFIRMED', async () => {
    const app = await wire(signUpMachine, 'emptyPool');
    let s: AnyMachineSnapshot = await app.type(article);
    s = await app.send({ type: 'form.submit' });
    expect(s.value).toBe('awaitingCode');
    expect(s.context.codeDelivery).toEqual({ Destination: 'a***@g***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' });
    await app.type({ code: newestCodeTo(app.cloud, ARTICLE_USER.email) });
    s = await app.send({ type: 'form.submit' });
    expect(s.value).toBe('confirmed');
    const user = Object.values(poolsOf(app.cloud)[app.setup.userPoolId!]!.users)[0]!;
    expect(user.status).toBe('CONFIRMED');
    expect(app.cloud.log.entries.map((e) => e.action).slice(-2)).toEqual(['SignUp', 'ConfirmSignUp']);
  });

  it('shows InvalidPasswordException for the password "abc"', async () => {
    const app = await wire(signUpMachine, 'emptyPool');
    await app.type({ ...article, password: 'abc' });
    const s = await app.send({ type: 'form.submit' });
    expect(s.value).toBe('signUpFailed');
    expect(s.context.error.code).toBe('InvalidPasswordException');
    expect(s.context.error.message).toMatch(/^Password did not conform with policy/);
  });

  it('shows CodeMismatchException for a wrong code, then confirms with a resent one', async () => {
    const app = await wire(signUpMachine, 'emptyPool');
    await app.type(article);
    await app.send({ type: 'form.submit' });
    const first = newestCodeTo(app.cloud, ARTICLE_USER.email);
    await app.type({ code: first === '000000' ? '111111' : '000000' });
    let s = await app.send({ type: 'form.submit' });
    expect(s.value).toBe('confirmFailed');
    expect(s.context.error).toEqual({ code: 'CodeMismatchException', message: 'Invalid verification code provided, please try again.' });
    s = await app.send({ type: 'code.resend' });
    expect(s.value).toBe('awaitingCode');
    expect(app.cloud.outbox.entries.length).toBe(2);
    await app.type({ code: newestCodeTo(app.cloud, ARTICLE_USER.email) });
    s = await app.send({ type: 'form.submit' });
    expect(s.value).toBe('confirmed');
  });

  it('opens on the code screen for a user who signed up and awaits a code', async () => {
    const app = await wire(signUpMachine, 'unconfirmedUser');
    await app.type({ code: newestCodeTo(app.cloud, ARTICLE_USER.email) });
    const s = await app.send({ type: 'form.submit' });
    expect(s.value).toBe('confirmed');
  });

  it('shows UsernameExistsException when the user signed up before', async () => {
    const app = await wire(signUpMachine, 'confirmedUser');
    await app.type(article);
    const s = await app.send({ type: 'form.submit' });
    expect(s.context.error.code).toBe('UsernameExistsException');
  });
});
