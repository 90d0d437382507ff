/**
 * The ActionContext a service's code gets for one request: the time, region and caller, its own state, the seeded
 * generator, and the ways to reach the rest of the cloud (peek at another service's state, send a message, make a nested
 * call). Built by the cloud for every request it answers.
 */
import type { Caller } from './auth/caller';
import type { ActionContext } from './context';
import type { Answer } from './exchange';
import { readRequest, toResponse, unwrap } from './exchange';
import type { Feed } from './kernel/feed';
import type { Random } from './kernel/ids';
import type { WireRequest } from './protocol/wire';
import type { ActionName, AnyService, InputOf, OutputOf, StateHolder } from './services';
import { stateOf } from './serviceStates';
import type { OutboxMessage, ServiceStates } from './state';
import type { KeyCache, KeyRecord } from './tokens/keys';

/** What of the cloud a request's context reaches. */
export interface ContextSource {
  accountId: string;
  random: Random;
  keyCache: KeyCache;
  services: ServiceStates;
  outbox: Feed<OutboxMessage>;
  /** A service's records in a region, created if new: the state the request's own service acts on. */
  records(service: StateHolder, region: string): unknown;
  nextSigningKey(): Promise<KeyRecord>;
  /** The generator as the next request's code finds it (cloud.ts draws the request's id first). */
  nextRequestRandom(): Random;
  /** A nested call or request, made while answering `parent`: the queue is already the parent's. */
  invoke(target: AnyService, action: string, input: unknown, parent: { requestId: string; region: string }): Promise<Answer>;
  dispatch(wire: WireRequest, parent: { requestId: string; region: string }): Promise<Answer>;
}

export function actionContext(
  source: ContextSource,
  now: number,
  region: string,
  requestId: string,
  service: StateHolder | undefined,
  caller: Caller,
): ActionContext {
  return new RequestContext(source, now, region, requestId, service, caller);
}

/**
 * One request's context. Its ways to reach the cloud are methods rather than closures made for every request: a request
 * builds one object, not six functions.
 */
class RequestContext implements ActionContext {
  readonly accountId: string;
  readonly random: Random;
  /** A site has the state of the service it fronts (the hosted UI: the user pool's), its own (an identity provider's), or none. */
  readonly state: unknown;
  readonly keyCache: KeyCache;
  readonly #source: ContextSource;

  constructor(
    source: ContextSource,
    readonly now: number,
    readonly region: string,
    readonly requestId: string,
    service: StateHolder | undefined,
    readonly caller: Caller,
  ) {
    this.#source = source;
    this.accountId = source.accountId;
    this.random = source.random;
    this.state = service ? source.records(service, region) : undefined;
    this.keyCache = source.keyCache;
  }

  // Never creates a region's state: reading is not a request.
  peek<S extends AnyService>(other: S, at?: string): Readonly<ReturnType<S['initialState']>> {
    return (stateOf(this.#source.services, other, at ?? this.region) ?? other.initialState()) as never;
  }

  nextSigningKey(): Promise<KeyRecord> {
    return this.#source.nextSigningKey();
  }

  nextRequestRandom(): Random {
    return this.#source.nextRequestRandom();
  }

  send(message: Omit<OutboxMessage, 'id' | 'time' | 'requestId'>): OutboxMessage {
    const sent: OutboxMessage = { id: this.random.uuid(), time: this.now, requestId: this.requestId, ...message };
    this.#source.outbox.push(sent);
    return sent;
  }

  call<S extends AnyService, A extends ActionName<S>>(target: S, action: A, input: InputOf<S, A>): Promise<OutputOf<S, A>> {
    return this.#source.invoke(target, action, input, { requestId: this.requestId, region: this.region }).then(unwrap) as never;
  }

  async fetch(input: string | URL, init?: RequestInit): Promise<Response> {
    return toResponse((await this.#source.dispatch(await readRequest(input, init), { requestId: this.requestId, region: this.region })).parts);
  }
}
