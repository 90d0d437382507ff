/**
 * The flows' only door to the cloud: one `fromPromise` actor per AWS action, named after it (`signUp`, `initiateAuth`…),
 * each calling `cloud.call(cognitoIdp, '<Action>', input)` and rejecting with a plain `{ code, message }` (the AWS error code and message);
 * and `callYourApi`, which sends `GET /orders` to your own API with a bearer token through `cloud.fetch` and resolves with
 * whatever the API answers (a 401 is an answer the app shows, not a failure).
 * Machines declare the `placeholders` (which reject until provided); the session supplies `createCloudActors(cloud)`.
 */
import { fromPromise, type PromiseActorLogic } from 'xstate';
import { cognitoIdp, YOUR_API_ORDERS, type Cloud } from '../engine';
import type { FlowError } from './types';
import type {
  AccessTokenRequest,
  AuthResponse,
  CodeDeliveryResponse,
  ConfirmForgotPasswordRequest,
  ConfirmSignUpRequest,
  DescribeUserPoolClientRequest,
  DescribeUserPoolRequest,
  Empty,
  ForgotPasswordRequest,
  GetUserResponse,
  InitiateAuthRequest,
  ResendConfirmationCodeRequest,
  RespondToAuthChallengeRequest,
  SignUpRequest,
  SignUpResponse,
  UpdateUserPoolClientRequest,
  UserPoolClientDescription,
  UserPoolDescription,
  YourApiAnswer,
  YourApiRequest,
} from './wire';

/** Any thrown value as `{ code, message }`: CloudError keeps AWS's code (its `name`), anything else becomes a client-side error. */
export function toFlowError(error: unknown): FlowError {
  if (typeof error === 'object' && error !== null) {
    const e = error as { code?: unknown; name?: unknown; message?: unknown };
    const code = typeof e.code === 'string' ? e.code : typeof e.name === 'string' && e.name !== 'Error' ? e.name : 'ClientError';
    return { code, message: typeof e.message === 'string' ? e.message : String(error) };
  }
  return { code: 'ClientError', message: String(error) };
}

/** Request → response of every cloud call a flow makes. */
interface CloudCalls {
  signUp: [SignUpRequest, SignUpResponse];
  confirmSignUp: [ConfirmSignUpRequest, Empty];
  resendConfirmationCode: [ResendConfirmationCodeRequest, CodeDeliveryResponse];
  initiateAuth: [InitiateAuthRequest, AuthResponse];
  respondToAuthChallenge: [RespondToAuthChallengeRequest, AuthResponse];
  getUser: [AccessTokenRequest, GetUserResponse];
  globalSignOut: [AccessTokenRequest, Empty];
  forgotPassword: [ForgotPasswordRequest, CodeDeliveryResponse];
  confirmForgotPassword: [ConfirmForgotPasswordRequest, Empty];
  describeUserPool: [DescribeUserPoolRequest, { UserPool: UserPoolDescription }];
  describeUserPoolClient: [DescribeUserPoolClientRequest, { UserPoolClient: UserPoolClientDescription }];
  updateUserPoolClient: [UpdateUserPoolClientRequest, { UserPoolClient: UserPoolClientDescription }];
}

export type CloudActorName = keyof CloudCalls;
export type CloudActors = { [K in CloudActorName]: PromiseActorLogic<CloudCalls[K][1], CloudCalls[K][0]> } & {
  callYourApi: PromiseActorLogic<YourApiAnswer, YourApiRequest>;
};

const NAMES: CloudActorName[] = [
  'signUp',
  'confirmSignUp',
  'resendConfirmationCode',
  'initiateAuth',
  'respondToAuthChallenge',
  'getUser',
  'globalSignOut',
  'forgotPassword',
  'confirmForgotPassword',
  'describeUserPool',
  'describeUserPoolClient',
  'updateUserPoolClient',
];

/** Stand-ins a machine declares in `setup({ actors })`; they reject until the session provides the real ones. */
export const placeholders: CloudActors = Object.fromEntries(
  [...NAMES, 'callYourApi'].map((name) => [
    name,
    fromPromise(async () => {
      throw { code: 'NotProvided', message: `No cloud actor "${name}" was provided to this machine.` } satisfies FlowError;
    }),
  ]),
) as unknown as CloudActors;

async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw toFlowError(error);
  }
}

/** The AWS action each actor calls (`signUp` → SignUp). */
const ACTIONS: Record<CloudActorName, string> = Object.fromEntries(NAMES.map((name) => [name, name.charAt(0).toUpperCase() + name.slice(1)])) as Record<
  CloudActorName,
  string
>;

/** `GET /orders` at your API with the token as a bearer token; `?checkRevocation=true` makes the API ask the pool too. */
export async function callYourApi(cloud: Pick<Cloud, 'fetch'>, input: YourApiRequest): Promise<YourApiAnswer> {
  const url = input.checkRevocation ? `${YOUR_API_ORDERS}?checkRevocation=true` : YOUR_API_ORDERS;
  const response = await cloud.fetch(url, { headers: { authorization: `Bearer ${input.token}` } });
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  const challenge = response.headers.get('www-authenticate');
  return { tokenUse: input.tokenUse, checkRevocation: input.checkRevocation, status: response.status, body, ...(challenge ? { challenge } : {}) };
}

/** The real actors: each calls `cloud.call(cognitoIdp, '<Action>', input)` with the request the machine built, and `callYourApi`. */
export function createCloudActors(cloud: Cloud): CloudActors {
  const actions = Object.fromEntries(
    NAMES.map((name) => [name, fromPromise(({ input }: { input: unknown }) => call(() => cloud.call(cognitoIdp, ACTIONS[name] as never, input as never)))]),
  );
  return { ...actions, callYourApi: fromPromise(({ input }: { input: YourApiRequest }) => call(() => callYourApi(cloud, input))) } as unknown as CloudActors;
}
