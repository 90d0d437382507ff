/** What @xstate/graph may send the googleIdentityPool machine (see graphModels.ts): the learner's moves and its actors' answers. */
import type { AnyMachineSnapshot, EventObject } from 'xstate';
import { googleIdentityPoolMachine } from '../../src/flows/googleIdentityPool/machine';
import { appRandom } from '../../src/flows/hostedUi/oauth';
import type { GraphModel } from './graphModels';

const done = (id: string, output: unknown): EventObject => ({ type: `xstate.done.actor.${id}`, output }) as EventObject;
const fail = (id: string, code: string, message: string): EventObject => ({ type: `xstate.error.actor.${id}`, error: { code, message } }) as EventObject;

const CLIENT = 'app.apps.googleusercontent.com';
const IDENTITY = 'us-east-1:11111111-2222-4333-8444-555555555555';
/** The first sign-in's state and nonce, as the app derives them. */
const state = appRandom(`${CLIENT}:google-state:1`);
const nonce = appRandom(`${CLIENT}:google-nonce:1`);
const b64 = (value: object) => btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
/** An ID token as far as the app reads it (the identity pool checks the signature). */
const idToken = (claims: object) => `${b64({ alg: 'RS256' })}.${b64(claims)}.sig`;
const landed = (url: string) => done('browse', { browser: { history: [], index: -1, jar: {} }, landed: url });
const credentials = { Credentials: { AccessKeyId: 'ASIAEXAMPLE', SecretKey: 'secret', SessionToken: 'session', Expiration: 1768471200 } };
const answer = (ok: boolean) => ({
  request: { action: 'ListObjectsV2', bucket: 'photo-notes' },
  method: 'GET',
  url: 'https://photo-notes.s3.us-east-1.amazonaws.com/?list-type=2',
  status: ok ? 200 : 403,
  ok,
  ...(ok ? {} : { code: 'AccessDenied', message: 'User: … is not authorized to perform: s3:ListBucket' }),
});

export const googleIdentityPoolModel: GraphModel = {
  machine: googleIdentityPoolMachine,
  inputs: [
    {
      setup: {
        identityPoolId: 'us-east-1:pool',
        googleClientId: CLIENT,
        bucket: 'photo-notes',
        authRoleArn: 'arn:aws:iam::123456789012:role/R',
        region: 'us-east-1',
      },
    },
  ],
  serialize: (snapshot: AnyMachineSnapshot) => {
    const context = snapshot.context as { error?: { code: string }; googleIdToken?: string; identityId?: string; launches?: number; via?: string };
    return JSON.stringify({
      value: snapshot.value,
      error: context.error?.code ?? null,
      token: Boolean(context.googleIdToken),
      identity: Boolean(context.identityId),
      via: context.via ?? null,
      launches: Math.min(context.launches ?? 0, 2),
    });
  },
  events: [
    ...[
      'google.signIn',
      'idpool.getId',
      'idpool.getCredentials',
      'idpool.getOpenIdToken',
      'token.exchange',
      'notes.putOwn',
      'notes.listAll',
      'app.signOut',
    ].map((type) => ({ type })),
    { type: 'browser.navigate', url: 'https://accounts.google.com/o/oauth2/v2/auth' },
    { type: 'browser.submit', button: 'Next', values: {} },
    { type: 'browser.back' },
    done('browse', { browser: { history: [], index: -1, jar: {} } }),
    fail('browse', 'NoSuchForm', 'This page has no form with a button "Next".'),
    landed(`http://localhost/#state=${state}&id_token=${idToken({ nonce })}&authuser=0&prompt=consent`),
    landed(`http://localhost/#error=access_denied&state=${state}`),
    landed(`http://localhost/#state=someone-else&id_token=${idToken({ nonce })}`),
    landed(`http://localhost/#state=${state}&id_token=${idToken({ nonce: 'replayed' })}`),
    done('getId', { IdentityId: IDENTITY }),
    fail('getId', 'NotAuthorizedException', 'Invalid login token. Incorrect token audience.'),
    done('getCredentialsForIdentity', { IdentityId: IDENTITY, ...credentials }),
    fail(
      'getCredentialsForIdentity',
      'InvalidIdentityPoolConfigurationException',
      'Invalid identity pool configuration. Check assigned IAM roles for this pool.',
    ),
    done('getOpenIdToken', { IdentityId: IDENTITY, Token: 'open.id.token' }),
    fail('getOpenIdToken', 'NotAuthorizedException', 'Invalid login token. Token expired: 1 >= 2'),
    done('assumeRoleWithWebIdentity', {
      Credentials: { AccessKeyId: 'ASIAEXAMPLE', SecretAccessKey: 'secret', SessionToken: 'session', Expiration: 1768471200 },
      AssumedRoleUser: { Arn: 'arn:aws:sts::123456789012:assumed-role/R/photo-notes-app', AssumedRoleId: 'AROA:photo-notes-app' },
    }),
    fail('assumeRoleWithWebIdentity', 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity'),
    done('signedRequest', answer(true)),
    done('signedRequest', answer(false)),
    fail('signedRequest', 'ClientError', 'Failed to fetch'),
  ] as EventObject[],
};
