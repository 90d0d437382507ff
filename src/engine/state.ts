import type { AuthorizationRecord } from './auth/authorize';
import type { Random, RandomState } from './kernel/ids';
import type { Clock } from './kernel/clock';
import type { Registry } from './router';
import type { SigningKeyInput } from './tokens/keys';

/** One request and its answer, as the app's inspectors and sequence diagrams draw them. */
export interface LogEntry {
  seq: number;
  /** Simulated time of the request, epoch ms. */
  time: number;
  /** The registry id of the service that answered (`cognito-idp`). */
  service: string;
  /** The region the request went to. */
  region: string;
  action: string;
  requestId: string;
  /** The request this one was made while answering (`ctx.call`): its requestId. */
  parent?: string;
  /** The access key a signed request was signed with, and whether its signature was checked (see auth/authenticate.ts). */
  signedBy?: { accessKeyId: string; verified: boolean };
  /** The parsed request body (or query) in AWS's own member names. */
  request: unknown;
  response?: unknown;
  error?: { code: string; message: string };
  /** How IAM judged a request made with issued credentials: action, resource, decision and the evaluator's trace. */
  authorization?: AuthorizationRecord;
  status: number;
  http: {
    request: { method: string; url: string; headers: Record<string, string>; body: string };
    response: { status: number; headers: Record<string, string>; body: string };
  };
}

/** An email or SMS the pool "sent". The inbox a learner reads codes from. */
export interface OutboxMessage {
  id: string;
  time: number;
  /** The request that sent it. */
  requestId: string;
  userPoolId: string;
  username: string;
  channel: 'EMAIL' | 'SMS';
  /** The full address or phone number it went to. */
  to: string;
  /** As the API reports it: `a***@g***.com`, `+*******4114`. */
  destination: string;
  subject: string;
  body: string;
  code?: string;
  /** Why it was sent: SignUp, ResendCode, ForgotPassword, AdminCreateUser, VerifyUserAttribute, UpdateUserAttribute. */
  purpose: string;
}

/** Everything a cloud knows, as plain JSON. `cloud.snapshot()` returns it and `createCloud({ snapshot })` restores it. */
export interface CloudSnapshot {
  format: 'cognito-simulator/cloud';
  version: 2;
  /** The default region. */
  region: string;
  accountId: string;
  time: number;
  random: RandomState;
  keyCursor: number;
  /** Each service's state, by registry id: its state version, and one state per region (`global` for account-wide services). */
  services: ServiceStates;
  log: LogEntry[];
  outbox: OutboxMessage[];
}

export type ServiceStates = Record<string, { version: number; regions: Record<string, unknown> }>;

/** What a Cloud is built from: a new one's defaults, or a snapshot's contents (`createCloud`). */
export interface CloudInit {
  registry: Registry;
  region: string;
  accountId: string;
  clock: Clock;
  random: Random;
  keyCursor: number;
  injectedKeys: SigningKeyInput[];
  services: ServiceStates;
  log: LogEntry[];
  outbox: OutboxMessage[];
}
