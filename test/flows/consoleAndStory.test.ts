import { describe, expect, it } from 'vitest';
import { createActor, fromPromise } from 'xstate';
import { consoleMachine } from '../../src/flows/console/machine';
import { screenOf } from '../../src/flows/machineKit';
import { signInMachine } from '../../src/flows/signIn/machine';
import { storyMachine } from '../../src/flows/story/machine';
import { tick, wire } from './support';

describe('consoleMachine', () => {
  it('describes the article pool and its client from a real cloud', async () => {
    const app = await wire(consoleMachine, 'emptyPool');
    let s = await app.send({ type: 'console.describePool' });
    expect(s.value).toBe('poolShown');
    expect(s.context.pool).toMatchObject({ Id: app.setup.userPoolId, Name: 'article-pool', AutoVerifiedAttributes: ['email'] });
    expect(s.context.pool.Policies.PasswordPolicy).toMatchObject({ MinimumLength: 8, RequireUppercase: true, RequireNumbers: true, RequireSymbols: true });
    s = await app.send({ type: 'console.describeClient' });
    expect(s.value).toBe('clientShown');
    expect(s.context.client).toMatchObject({
      ClientId: app.setup.clientId,
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_CUSTOM_AUTH'],
    });
    expect(s.context.client.ClientSecret).toBeUndefined();
  });

  it('shows ResourceNotFoundException for a pool that is gone, and can ask again', async () => {
    const machine = consoleMachine.provide({
      actors: {
        describeUserPool: fromPromise(async () => Promise.reject({ code: 'ResourceNotFoundException', message: 'User pool us-east-1_x does not exist.' })),
      },
    });
    const actor = createActor(machine, { input: { setup: { userPoolId: 'us-east-1_x' } } }).start();
    actor.send({ type: 'console.describePool' });
    await tick();
    expect(actor.getSnapshot().value).toBe('failed');
    expect(actor.getSnapshot().context.error).toEqual({ code: 'ResourceNotFoundException', message: 'User pool us-east-1_x does not exist.' });
    actor.send({ type: 'console.describePool' });
    expect(actor.getSnapshot().value).toBe('describingPool');
  });
});

describe('screenOf', () => {
  it('names the screen of the deepest active state', () => {
    const actor = createActor(signInMachine, { input: { setup: {} } }).start();
    expect(screenOf(actor.getSnapshot())).toBe('signIn');
    actor.send({ type: 'forgot.start' });
    expect(screenOf(actor.getSnapshot())).toBe('forgotPassword');
    actor.stop();
  });
});

describe('storyMachine', () => {
  it('grows one message per story.tell, without any cloud', () => {
    const actor = createActor(storyMachine, { input: { setup: {} } }).start();
    actor.send({ type: 'story.tell', message: 'Moviegoer->>Ticket site: pays and proves who they are', label: 'authentication' });
    actor.send({ type: 'story.tell', message: 'Usher->>Moviegoer: checks the ticket' });
    expect(actor.getSnapshot().value).toBe('telling');
    expect(actor.getSnapshot().context.messages).toEqual([
      { message: 'Moviegoer->>Ticket site: pays and proves who they are', label: 'authentication' },
      { message: 'Usher->>Moviegoer: checks the ticket' },
    ]);
  });

  it('keeps the cast a message is told by', () => {
    const actor = createActor(storyMachine, { input: { setup: {} } }).start();
    actor.send({ type: 'story.tell', message: 'App->>User pool: signs in', cast: 'In Cognito' });
    expect(actor.getSnapshot().context.messages).toEqual([{ message: 'App->>User pool: signs in', cast: 'In Cognito' }]);
  });
});
