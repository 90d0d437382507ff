import type { RandomState } from './ids';
import type { UserPoolsState } from './userPool/model';

/** One request and its answer, as the app's inspectors and sequence diagrams draw them. */
export interface LogEntry {
  seq: number;
  /** Simulated time of the request, epoch ms. */
  time: number;
  service: string;
  action: string;
  requestId: string;
  /** The parsed request body (or query) in AWS's own member names. */
  request: unknown;
  response?: unknown;
  error?: { code: string; message: string };
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
  version: 1;
  region: string;
  accountId: string;
  time: number;
  random: RandomState;
  keyCursor: number;
  userPools: UserPoolsState;
  log: LogEntry[];
  outbox: OutboxMessage[];
}
