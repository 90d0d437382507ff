import type { Caller } from './auth/caller';
import type { Random } from './kernel/ids';
import type { KeyCache, KeyRecord } from './tokens/keys';
import type { OutboxMessage } from './state';
import type { ActionName, AnyService, InputOf, OutputOf } from './services';

/**
 * What every action sees: the state of its service in the request's region (or account), the time of the request, the
 * cloud's seeded generator, and the one way to reach another service: `ctx.call(service, action, input)`, which takes the
 * same pipeline as a request from outside, so the nested call is validated, logged (with this request as its parent) and drawn.
 */
export interface ActionContext<State = unknown> {
  /** Simulated time of this request, epoch ms. Read once, so one request sees one instant. */
  readonly now: number;
  /** The region the request was sent to (a global service: its signing region). */
  readonly region: string;
  readonly accountId: string;
  readonly random: Random;
  /**
   * A copy of the seeded generator as the next request's own code will find it if no other request comes first: for work
   * started ahead of a request expected next (the tokens of a code just issued). Drawing from it changes nothing.
   */
  nextRequestRandom(): Random;
  /** This service's state in this region. */
  readonly state: State;
  readonly keyCache: KeyCache;
  /** Who sent the request, as its signature says (auth/authenticate.ts); the administrator for the facade and nested calls. */
  readonly caller: Caller;
  /** The request being answered: outbox messages and nested calls carry it. */
  readonly requestId: string;
  /**
   * Another service's live state in a region (default: this request's), read as that service's back end would share it
   * inside AWS: an identity pool reading the user pool's keys to verify its tokens. Read only: change state through requests.
   */
  peek<S extends AnyService>(service: S, region?: string): Readonly<ReturnType<S['initialState']>>;
  /** A fresh signing key for a new pool: injected keys first, else one generated with jose. */
  nextSigningKey(): Promise<KeyRecord>;
  /** Delivers an email or SMS to the outbox. */
  send(message: Omit<OutboxMessage, 'id' | 'time' | 'requestId'>): OutboxMessage;
  /** Calls another service's action through the cloud's pipeline, in the same region; rejects with its CloudError. */
  call<S extends AnyService, A extends ActionName<S>>(service: S, action: A, input: InputOf<S, A>): Promise<OutputOf<S, A>>;
  /**
   * Sends an HTTP request to an address inside the cloud (a pool's JWKS, a service's regional endpoint) through the same
   * pipeline, logged with this request as its parent: how a site reaches a service the way a real client would.
   */
  fetch(input: string | URL, init?: RequestInit): Promise<Response>;
}

export type ActionHandler<Req, Res, State = unknown> = (ctx: ActionContext<State>, request: Req) => Promise<Res> | Res;
