/** What @xstate/graph may send the hosted UI machine (see graphModels.ts): the learner's moves and its actors' answers. */
import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { hostedUiMachine } from '../../src/flows/hostedUi/machine';
import { stateFor } from '../../src/flows/hostedUi/oauth';
import type { GraphModel } from './graphModels';

const done = (id: string, output: unknown): EventObject => ({ type: `xstate.done.actor.${id}`, output }) as EventObject;
const fail = (id: string, code: string, message: string): EventObject => ({ type: `xstate.error.actor.${id}`, error: { code, message } }) as EventObject;

/** The console's confidential client, as App integration's save returns it once it created it with GenerateSecret. */
const confidential = {
  domain: 'article-shop',
  callbackUrl: 'http://localhost',
  signOutUrl: 'http://localhost',
  flows: ['code'],
  scopes: ['openid'],
  clientType: 'confidential',
  clientId: 'server-client',
  clientSecret: 'secret',
};
/** The state of the confidential client's first sign-in. */
const serverState = stateFor('server-client', 1);
const settings = { domain: 'article-shop', callbackUrl: 'http://localhost', signOutUrl: 'http://localhost', flows: ['implicit'], scopes: ['openid'] };
/** The state of the app's first launch: a callback carrying it is the answer to the app's own request. */
const firstState = stateFor('client', 1);
const landed = (url: string) => done('browse', { browser: { history: [], index: -1, jar: {} }, landed: url });

export const hostedUiModel: GraphModel = {
  machine: hostedUiMachine,
  inputs: [
    { setup: { userPoolId: 'us-east-1_pool', clientId: 'client', region: 'us-east-1' } },
    // A federation scenario: App integration saved already, a Google provider; the flow opens integrated.
    {
      setup: {
        userPoolId: 'us-east-1_pool',
        clientId: 'client',
        region: 'us-east-1',
        identityProvider: 'Google',
        integration: { domain: 'article-shop', callbackUrl: 'http://localhost', signOutUrl: 'http://localhost', flows: ['code'], scopes: ['openid'] },
      },
    },
  ],
  serialize: (snapshot: AnyMachineSnapshot) => {
    const context = snapshot.context as { error?: { code: string }; settings?: unknown; tokens?: { grant: string }; launches?: number };
    const more = snapshot.context as { server?: unknown; expecting?: string };
    return JSON.stringify({
      value: snapshot.value,
      error: context.error?.code ?? null,
      saved: Boolean(context.settings),
      tokens: context.tokens?.grant ?? null,
      launches: Math.min(context.launches ?? 0, 2),
      server: Boolean(more.server),
      expecting: more.expecting ?? null,
    });
  },
  events: [
    { type: 'form.change', field: 'domain', value: 'x' },
    { type: 'integration.save' },
    done('saveIntegration', settings),
    done('saveIntegration', confidential),
    fail('saveIntegration', 'InvalidParameterException', 'http://shop.example.com cannot use the HTTP protocol.'),
    { type: 'hostedUi.launch' },
    { type: 'hostedUi.logout' },
    { type: 'hostedUi.switchUser' },
    { type: 'form.change', field: 'serverSecret', value: 'wrong' },
    { type: 'browser.navigate', url: 'https://article-shop.auth.us-east-1.amazoncognito.com/signup' },
    { type: 'browser.submit', button: 'Sign in', values: {} },
    { type: 'browser.back' },
    done('browse', { browser: { history: [], index: -1, jar: {} } }),
    fail('browse', 'NoSuchForm', 'This page has no form with a button "Sign in".'),
    landed(`http://localhost#id_token=i&access_token=a&expires_in=3600&token_type=Bearer&state=${firstState}`),
    landed(`http://localhost?code=c&state=${firstState}`),
    landed(`http://localhost?error=invalid_scope&error_description=x&state=${firstState}`),
    landed('http://localhost?code=c&state=someone-else'),
    landed(`http://localhost?code=c&state=${serverState}`),
    landed('http://localhost'),
    done('exchangeCode', { access_token: 'a', id_token: 'i', refresh_token: 'r', expires_in: 3600, token_type: 'Bearer' }),
    fail('exchangeCode', 'invalid_grant', ''),
    { type: 'users.link' },
    { type: 'users.replaceWithLink' },
    done('linkUser', undefined),
    fail('linkUser', 'InvalidParameterException', 'Merging is not currently supported, provide a SourceUser that has not been signed up in order to link'),
    fail('exchangeCode', 'invalid_client', 'POST /oauth2/token answered 400 {"error":"invalid_client"}'),
  ] as EventObject[],
};
