/**
 * The simulated AWS cloud: one pipeline for every request (cloud.fetch, the facades, `ctx.call`), which queues, routes,
 * logs and snapshots. What each service does lives in its descriptor and its code (services.ts).
 */
import type { Clock } from './kernel/clock';
import { actionContext, type ContextSource } from './actionContext';
import { ADMIN_CALLER } from './auth/caller';
import { answer, visit } from './answer';
import { httpRecord, readRequest, siteOutcome, toResponse, unroutable, unwrap, type Answer } from './exchange';
import { makeFacade } from './facade';
import { CloudError, messageOf } from './kernel/errors';
import { invariant } from './kernel/invariant';
import { Feed } from './kernel/feed';
import { Random, type RandomState } from './kernel/ids';
import { lookup } from './kernel/records';
import { ServiceLoader } from './loader';
import { jsonError } from './protocol/json11';
import type { ServiceModel } from './protocol/validate';
import type { WireRequest, WireResponse } from './protocol/wire';
import { pathStyle, route, type Registry } from './router';
import { iamStateOf, issuedCredentials } from './serviceStates';
import {
  siteStateHolder,
  type ActionName,
  type AnyService,
  type Facades,
  type InputOf,
  type OutputOf,
  type SiteDescriptor,
  type StateHolder,
} from './services';
import type { CloudInit, CloudSnapshot, LogEntry, OutboxMessage, ServiceStates } from './state';
import { generateSigningKey, KeyCache, toKeyRecord, type KeyRecord, type SigningKeyInput } from './tokens/keys';

/** The front door's SigV4 code, loaded once with the first request from outside (a dynamic import per request costs). */
let frontDoorModule: Promise<typeof import('./auth/authenticate')> | undefined;
const frontDoor = () => (frontDoorModule ??= import('./auth/authenticate'));

/** How a request entered the pipeline. */
interface Entry {
  /** The request this one was made while answering (`ctx.call`). */
  parent?: { requestId: string; region: string };
  /** Came to one local address for every service (`npm run cloud`): route by headers, path and parameters. */
  local?: boolean;
  /** The facade or `ctx.call`: sent as the administrator, unsigned (the same as signing with the example pair and verifying). */
  internal?: true;
}

/** The simulated AWS cloud: it queues, routes, logs and snapshots; the services in its registry do the rest. Build one with `createCloud()`. */
export class Cloud {
  /** The default region: where the facade and calls without a region go. Every region is served. */
  readonly region: string;
  readonly accountId: string;
  readonly clock: Clock;
  /** Every request and response, newest last. */
  readonly log: Feed<LogEntry>;
  /** Every email and SMS the cloud "sent", newest last. */
  readonly outbox: Feed<OutboxMessage>;
  readonly registry: Registry;

  readonly #random: Random;
  readonly #keyCache = new KeyCache();
  readonly #injectedKeys: SigningKeyInput[];
  #keyCursor: number;
  readonly #services: ServiceStates;
  readonly #loader = new ServiceLoader();
  readonly #source: ContextSource;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(init: CloudInit) {
    this.registry = init.registry;
    this.region = init.region;
    this.accountId = init.accountId;
    this.clock = init.clock;
    this.#random = init.random;
    this.#keyCursor = init.keyCursor;
    this.#injectedKeys = init.injectedKeys;
    this.#services = init.services;
    this.log = new Feed(init.log);
    this.outbox = new Feed(init.outbox);
    this.#source = {
      accountId: this.accountId,
      random: this.#random,
      keyCache: this.#keyCache,
      services: this.#services,
      outbox: this.outbox,
      records: (service, region) => this.records(service, region),
      nextSigningKey: () => this.#nextSigningKey(),
      nextRequestRandom: () => this.#nextRequestRandom(),
      invoke: (target, action, input, parent) => this.#invoke(target, action, input, { parent }),
      dispatch: (wire, parent) => this.#dispatch(wire, { parent }),
    };
    for (const service of init.registry.services)
      (this as unknown as Record<string, unknown>)[service.facade] = makeFacade((action, request) => this.call(service, action as never, request as never));
    this.fetch = this.fetch.bind(this);
  }

  /**
   * WHATWG fetch against the simulated AWS endpoints at their real hostnames. Requests run one at a time, in order.
   * Never rejects because of what a caller sent: bad input gets an AWS-shaped error response.
   */
  async fetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    return this.#fetch(input, init, {});
  }

  /** Like fetch, for a request that came to one local address for every service (`npm run cloud`). */
  async fetchLocal(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    return this.#fetch(input, init, { local: true });
  }

  /** One action of a service, through the same pipeline as a request from outside: `cloud.call(cognitoIdp, 'SignUp', {...})`. */
  call<S extends AnyService, A extends ActionName<S>>(service: S, action: A, input: InputOf<S, A>): Promise<OutputOf<S, A>> {
    return this.#enqueue(() => this.#invoke(service, action, input, {})).then(unwrap) as Promise<OutputOf<S, A>>;
  }

  /** A read-only view of a service's state in every region, for inspectors. Change state only through requests. */
  inspect<S extends AnyService>(service: S): ReturnType<NonNullable<S['inspect']>> {
    const inspect = service.inspect;
    invariant(inspect, `the ${service.id} service has no read model`);
    return inspect(structuredClone(this.#services[service.id]?.regions ?? {})) as ReturnType<NonNullable<S['inspect']>>;
  }

  /**
   * The live records of a service in one region (default: the cloud's region), as its actions keep them. For engine tests
   * and the local server's banner only: inspectors read `inspect()`, and state changes only through requests.
   */
  records<S extends StateHolder>(service: S, region: string = this.region): ReturnType<S['initialState']> {
    const key = service.global || service.perAccount ? 'global' : region;
    const regions = (this.#services[service.id] ??= { version: service.stateVersion, regions: {} }).regions;
    return (lookup(regions, key) ?? (regions[key] = service.initialState())) as ReturnType<S['initialState']>;
  }

  /**
   * Answers a request without logging it, without drawing from the seeded generator and without changing any state, so a
   * replay stays exact: for inspectors that fetch what any client could (a pool's JWKS).
   */
  async peek(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    const wire = await readRequest(input, init);
    const copy = new Cloud({
      ...this.#init(),
      random: new Random([...this.#random.state] as RandomState),
      services: structuredClone(this.#services),
      log: [],
      outbox: [],
    });
    return toResponse((await copy.#dispatch(wire, {})).parts);
  }

  /** Everything the cloud knows, as plain JSON. */
  snapshot(): CloudSnapshot {
    return structuredClone({
      format: 'cognito-simulator/cloud',
      version: 2,
      region: this.region,
      accountId: this.accountId,
      time: this.clock.now(),
      random: [...this.#random.state],
      keyCursor: this.#keyCursor,
      services: this.#services,
      log: [...this.log.entries],
      outbox: [...this.outbox.entries],
    } satisfies CloudSnapshot) as CloudSnapshot;
  }

  #init(): CloudInit {
    return {
      registry: this.registry,
      region: this.region,
      accountId: this.accountId,
      clock: this.clock,
      random: this.#random,
      keyCursor: this.#keyCursor,
      injectedKeys: this.#injectedKeys,
      services: this.#services,
      log: [],
      outbox: [],
    };
  }

  async #fetch(input: Request | string | URL, init: RequestInit | undefined, entry: Entry): Promise<Response> {
    let wire: WireRequest;
    try {
      wire = await readRequest(input, init);
    } catch (error) {
      const parts = jsonError(
        new CloudError('InvalidRequestException', `The request could not be read: ${messageOf(error)}`),
        this.#random.uuid(),
        new Date(this.clock.now()).toUTCString(),
      );
      return toResponse(parts);
    }
    return toResponse((await this.#enqueue(() => this.#dispatch(wire, entry))).parts);
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** The facade's and `ctx.call`'s way in: the request an SDK would send, then the same pipeline as the wire. */
  async #invoke(service: AnyService, action: string, input: unknown, entry: Entry): Promise<Answer> {
    const region = service.global?.signingRegion ?? entry.parent?.region ?? this.region;
    const host = service.global?.host ?? `${service.endpointPrefix}.${region}.amazonaws.com`;
    const protocol = service.protocol;
    invariant(protocol.request, `the ${protocol.id} protocol cannot yet be called from inside the cloud`);
    return this.#dispatch(protocol.request(await this.#loader.model(service), action, input ?? {}, new URL(`https://${host}/`)), { ...entry, internal: true });
  }

  /** The one pipeline every request takes, from cloud.fetch, the facade or `ctx.call`: route, validate, act, answer, log. */
  async #dispatch(wire: WireRequest, entry: Entry): Promise<Answer> {
    const now = this.clock.now();
    // The first draw of every request (#nextRequestRandom skips exactly this one).
    const requestId = this.#random.uuid();
    const meta = { requestId, date: new Date(now).toUTCString() };
    // At one local address a Query request is routed by its Action, which the services' models list.
    let routing: Parameters<typeof route>[2] = { defaultRegion: this.region };
    if (entry.local) {
      const models = new Map<string, ServiceModel>();
      for (const s of this.registry.services.filter((s) => s.protocol.id === 'query')) models.set(s.id, await this.#loader.model(s));
      routing = { defaultRegion: this.region, local: true, modelOf: (s) => models.get(s.id) };
    }
    const routed = route(this.registry, wire, routing);
    if (routed.kind === 'site') return this.#visit(routed.site, routed.params, wire, now, requestId, entry);
    if (routed.kind !== 'service')
      return { parts: jsonError(unroutable(this.registry, routed.reason, entry.local === true, this.region), requestId, meta.date) };
    const { service } = routed;
    const model = await this.#loader.model(service);
    // A virtual-hosted bucket is the path's first segment for the protocol; the log keeps the request as sent.
    const asked = routed.hostBucket ? { ...wire, url: pathStyle(wire.url, routed.hostBucket) } : wire;
    const {
      action,
      request,
      region,
      caller,
      authorization,
      answer: result,
    } = await answer(service, model, asked, meta, {
      code: () => this.#loader.code(service),
      region: routed.region,
      locate: (request) => (routed.regionNamed === false ? service.locate?.(request, this.#services[service.id]?.regions ?? {}) : undefined),
      authenticate: () =>
        entry.internal
          ? ADMIN_CALLER
          : // The front door's SigV4 code loads with the first request from outside (the facade and the flows sign nothing).
            frontDoor().then(({ authenticate }) =>
              authenticate(
                wire,
                service,
                now,
                (key) => issuedCredentials(this.registry, this.#services, key),
                routed.via === 'host' ? routed.region : undefined,
              ),
            ),
      context: (region, caller) => actionContext(this.#source, now, region, requestId, service, caller),
      authorization: { accountId: this.accountId, now, iam: () => iamStateOf(this.registry, this.#services) },
    });
    const outcome = result.error ? { error: { code: result.error.code, message: result.error.message } } : { response: result.output };
    const parent = entry.parent ? { parent: entry.parent.requestId } : {};
    const signedBy =
      caller?.kind === 'session'
        ? { signedBy: { accessKeyId: caller.accessKeyId, verified: true } }
        : caller?.kind === 'admin' && caller.accessKeyId
          ? { signedBy: { accessKeyId: caller.accessKeyId, verified: caller.verified } }
          : {};
    const judged = authorization ? { authorization } : {};
    this.#log(wire, result.parts, { time: now, service: service.id, region, action, requestId, ...parent, ...signedBy, request, ...outcome, ...judged });
    return result;
  }

  /**
   * A site's page, redirect, cookie or JSON answer: outside any AWS protocol, logged as `GET /path`. A JSON answer is logged
   * as its response; a failing one's `error` and `error_description` (the members OAuth and bearer-token APIs answer with)
   * as its error.
   */
  async #visit(site: SiteDescriptor, params: Record<string, string>, wire: WireRequest, now: number, requestId: string, entry: Entry): Promise<Answer> {
    const region = params['region'] ?? this.region;
    const parts = await visit(
      site,
      params,
      wire,
      actionContext(this.#source, now, region, requestId, site.backEnd ?? siteStateHolder(site), { kind: 'anonymous' }),
    );
    const request = Object.fromEntries(wire.url.searchParams);
    const parent = entry.parent ? { parent: entry.parent.requestId } : {};
    const outcome = siteOutcome(parts);
    this.#log(wire, parts, {
      time: now,
      service: site.id,
      region,
      action: `${wire.method} ${wire.url.pathname}`,
      requestId,
      ...parent,
      request,
      ...outcome,
    });
    return { parts };
  }

  #log(wire: WireRequest, parts: WireResponse, entry: Omit<LogEntry, 'seq' | 'status' | 'http'>): void {
    this.log.push({ seq: this.log.entries.length + 1, ...entry, status: parts.status, http: httpRecord(wire, parts) });
  }

  /** A copy of the generator past the next request's id, the first thing #dispatch draws: what that request's code will draw. */
  #nextRequestRandom(): Random {
    const fork = new Random([...this.#random.state] as RandomState);
    fork.uuid();
    return fork;
  }

  async #nextSigningKey(): Promise<KeyRecord> {
    const injected = this.#injectedKeys[this.#keyCursor++ % Math.max(1, this.#injectedKeys.length)];
    return toKeyRecord(injected ?? (await generateSigningKey()), this.#random);
  }
}

// The facades the constructor adds, one per registered service (`cloud.cognitoIdp`), typed from the registry.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Cloud extends Facades {}
