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
import type { AnyService, StateHolder } from './services';
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
  const parent = { requestId, region };
  return {
    now,
    region,
    accountId: source.accountId,
    random: source.random,
    // A site has the state of the service it fronts (the hosted UI: the user pool's), its own (an identity provider's), or none.
    state: service ? source.records(service, region) : undefined,
    caller,
    // Never creates a region's state: reading is not a request.
    peek: (other, at) => (stateOf(source.services, other, at ?? region) ?? other.initialState()) as never,
    keyCache: source.keyCache,
    requestId,
    nextSigningKey: () => source.nextSigningKey(),
    send: (message) => {
      const sent: OutboxMessage = { id: source.random.uuid(), time: now, requestId, ...message };
      source.outbox.push(sent);
      return sent;
    },
    call: (target, action, input) => source.invoke(target, action, input, parent).then(unwrap) as never,
    fetch: async (input, init) => toResponse((await source.dispatch(await readRequest(input, init), parent)).parts),
  };
}
