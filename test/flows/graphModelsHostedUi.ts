/** What @xstate/graph may send the hosted UI machine (see graphModels.ts): the learner's moves and its actors' answers. */
import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { hostedUiMachine } from '../../src/flows/hostedUi/machine';
import { stateFor } from '../../src/flows/hostedUi/oauth';
import type { GraphModel } from './graphModels';

const done = (id: string, output: unknown): EventObject => ({ type: `xstate.done.actor.${id}`, output }) as EventObject;
const fail = (id: string, code: string, message: string): EventObject => ({ type: `xstate.error.actor.${id}`, error: { code, message } }) as EventObject;

const settings = { domain: 'article-shop', callbackUrl: 'http://localhost', signOutUrl: 'http://localhost', flows: ['implicit'], scopes: ['openid'] };
/** The state of the app's first launch: a callback carrying it is the answer to the app's own request. */
const firstState = stateFor('client', 1);
const landed = (url: string) => done('browse', { browser: { history: [], index: -1, jar: {} }, landed: url });

export const hostedUiModel: GraphModel = {
  machine: hostedUiMachine,
  inputs: [{ setup: { userPoolId: 'us-east-1_pool', clientId: 'client', region: 'us-east-1' } }],
  serialize: (snapshot: AnyMachineSnapshot) => {
    const context = snapshot.context as { error?: { code: string }; settings?: unknown; tokens?: { grant: string }; launches?: number };
    return JSON.stringify({
      value: snapshot.value,
      error: context.error?.code ?? null,
      saved: Boolean(context.settings),
      tokens: context.tokens?.grant ?? null,
      launches: Math.min(context.launches ?? 0, 2),
    });
  },
  events: [
    { type: 'form.change', field: 'domain', value: 'x' },
    { type: 'integration.save' },
    done('saveIntegration', settings),
    fail('saveIntegration', 'InvalidParameterException', 'http://shop.example.com cannot use the HTTP protocol.'),
    { type: 'hostedUi.launch' },
    { type: 'hostedUi.logout' },
    { type: 'browser.navigate', url: 'https://article-shop.auth.us-east-1.amazoncognito.com/signup' },
    { type: 'browser.submit', button: 'Sign in', values: {} },
    { type: 'browser.back' },
    done('browse', { browser: { history: [], index: -1, jar: {} } }),
    fail('browse', 'NoSuchForm', 'This page has no form with a button "Sign in".'),
    landed(`http://localhost#id_token=i&access_token=a&expires_in=3600&token_type=Bearer&state=${firstState}`),
    landed(`http://localhost?code=c&state=${firstState}`),
    landed(`http://localhost?error=invalid_scope&error_description=x&state=${firstState}`),
    landed('http://localhost?code=c&state=someone-else'),
    landed('http://localhost'),
    done('exchangeCode', { access_token: 'a', id_token: 'i', refresh_token: 'r', expires_in: 3600, token_type: 'Bearer' }),
    fail('exchangeCode', 'invalid_grant', ''),
  ] as EventObject[],
};
