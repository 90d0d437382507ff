import type { Random } from './ids';
import type { KeyCache, KeyRecord } from './tokens/keys';
import type { OutboxMessage } from './state';
import type { UserPoolsState } from './userPool/model';

/** What every action sees: the state it may change, the time of the request, and the cloud's seeded generator. */
export interface ActionContext {
  /** Simulated time of this request, epoch ms. Read once, so one request sees one instant. */
  readonly now: number;
  readonly region: string;
  readonly accountId: string;
  readonly random: Random;
  readonly userPools: UserPoolsState;
  readonly keyCache: KeyCache;
  /** A fresh signing key for a new pool: injected keys first, else one generated with jose. */
  nextSigningKey(): Promise<KeyRecord>;
  /** Delivers an email or SMS to the outbox. */
  send(message: Omit<OutboxMessage, 'id' | 'time'>): OutboxMessage;
}

export type ActionHandler<Req, Res> = (ctx: ActionContext, request: Req) => Promise<Res> | Res;
