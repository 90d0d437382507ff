import type { Clock } from './kernel/clock';
import type { ActionContext } from './context';
import { CloudError, isCloudError } from './kernel/errors';
import { invariant } from './kernel/invariant';
import { Feed } from './kernel/feed';
import { Random, type RandomState } from './kernel/ids';
import { lookup } from './kernel/records';
import { jsonError } from './protocol/json11';
import { dropNullMembers, validateRequest, type ServiceModel } from './protocol/validate';
import { bodyText, type WireRequest, type WireResponse } from './protocol/wire';
import { route, type Registry } from './router';
import type { ActionName, AnyService, Facades, InputOf, OutputOf, SiteDescriptor } from './services';
import type { CloudSnapshot, LogEntry, OutboxMessage, ServiceStates } from './state';
import { generateSigningKey, KeyCache, toKeyRecord, type KeyRecord, type SigningKeyInput } from './tokens/keys';

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

/** How a request entered the pipeline. */
interface Entry {
  /** The request this one was made while answering (`ctx.call`). */
  parent?: { requestId: string; region: string };
  /** Came to one local address for every service (`npm run cloud`): route by headers, path and parameters. */
  local?: boolean;
}

interface Answer {
  parts: WireResponse;
  output?: unknown;
  error?: CloudError;
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
  readonly #models = new Map<string, Promise<ServiceModel>>();
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
    for (const service of init.registry.services) (this as unknown as Record<string, unknown>)[service.facade] = this.#facade(service);
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
  records<S extends AnyService>(service: S, region: string = this.region): ReturnType<S['initialState']> {
    const key = service.global ? 'global' : region;
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
  /** A service's model, loaded once, the first time the service is asked anything. */
  #modelOf(service: AnyService): Promise<ServiceModel> {
    let model = this.#models.get(service.id);
    if (!model) this.#models.set(service.id, (model = service.model()));
    return model;
  }

  async #invoke(service: AnyService, action: string, input: unknown, entry: Entry): Promise<Answer> {
    const region = service.global?.signingRegion ?? entry.parent?.region ?? this.region;
    const host = service.global?.host ?? `${service.endpointPrefix}.${region}.amazonaws.com`;
    const protocol = service.protocol;
    invariant(protocol.request, `the ${protocol.id} protocol cannot yet be called from inside the cloud`);
    return this.#dispatch(protocol.request(await this.#modelOf(service), action, input ?? {}, new URL(`https://${host}/`)), entry);
  }

  /** The one pipeline every request takes, from cloud.fetch, the facade or `ctx.call`: route, validate, act, answer, log. */
  async #dispatch(wire: WireRequest, entry: Entry): Promise<Answer> {
    const now = this.clock.now();
    const requestId = this.#random.uuid();
    const meta = { requestId, date: new Date(now).toUTCString() };
    // At one local address a Query request is routed by its Action, which the services' models list.
    const models = new Map<string, ServiceModel>();
    if (entry.local) for (const s of this.registry.services.filter((s) => s.protocol.id === 'query')) models.set(s.id, await this.#modelOf(s));
    const routed = route(this.registry, wire, { defaultRegion: this.region, ...(entry.local ? { local: true, modelOf: (s) => models.get(s.id) } : {}) });
    if (routed.kind === 'site') return this.#visit(routed.site, routed.params, wire, now, requestId);
    if (routed.kind !== 'service') {
      const example = this.registry.services[0];
      const hint = example
        ? ` Services answer at their AWS hostnames in every region, e.g. ${example.global?.host ?? `${example.endpointPrefix}.${this.region}.amazonaws.com`}.`
        : '';
      const reason = routed.reason;
      // At one local address the host exists and the request named nothing it serves; elsewhere the host itself is unknown.
      const error = entry.local ? new CloudError('UnknownOperationException', reason, 400) : new CloudError('UnknownEndpoint', reason + hint, 404);
      return { parts: jsonError(error, requestId, meta.date) };
    }
    const { service } = routed;
    const model = await this.#modelOf(service);
    let region = routed.region;
    const protocol = service.protocol;
    let action = fallbackAction(wire);
    const text = bodyText(wire.body);
    let request: unknown = text;
    let answer: Answer;
    try {
      const extra = service.extraRoutes?.map((r) => ({ r, params: r.match(wire.method, wire.url.pathname) })).find((m) => m.params);
      let output: unknown;
      if (extra) {
        const ctx = this.#context(now, region, requestId, service);
        action = extra.r.action;
        request = extra.params;
        output = await extra.r.run(ctx, extra.params!);
      } else {
        action = protocol.operationOf(wire, model) ?? action;
        request = protocol.parse(wire, model, action);
        if (routed.regionNamed === false && service.locate) region = service.locate(request, this.#services[service.id]?.regions ?? {}) ?? region;
        const ctx = this.#context(now, region, requestId, service);
        const handler = lookup(service.actions as Record<string, (ctx: ActionContext, input: unknown) => unknown>, action);
        if (!handler) throw notSimulated(service, model, action);
        validate(service, model, action, request);
        output = await handler(ctx, dropNullMembers(request));
      }
      answer = { parts: protocol.serialize(model, action, output, meta), output };
    } catch (error) {
      const failure = isCloudError(error) ? error : new CloudError('InternalErrorException', `Internal error: ${messageOf(error)}`, 500);
      failure.service ??= service.id;
      answer = { parts: protocol.serializeError(failure, meta, model), error: failure };
    }
    this.log.push({
      seq: this.log.entries.length + 1,
      time: now,
      service: service.id,
      region,
      action,
      requestId,
      ...(entry.parent ? { parent: entry.parent.requestId } : {}),
      request,
      ...(answer.error ? { error: { code: answer.error.code, message: answer.error.message } } : { response: answer.output }),
      status: answer.parts.status,
      http: {
        request: { method: wire.method, url: wire.url.href, headers: wire.headers, body: text },
        response: { status: answer.parts.status, headers: answer.parts.headers, body: bodyText(answer.parts.body) },
      },
    });
    return answer;
  }

  /** A site's page, redirect or cookie: outside any AWS protocol, logged as `GET /path`. */
  async #visit(site: SiteDescriptor, params: Record<string, string>, wire: WireRequest, now: number, requestId: string): Promise<Answer> {
    const ctx = this.#context(now, this.region, requestId, undefined);
    let parts: WireResponse;
    try {
      parts = await site.handle(ctx, wire, params);
    } catch (error) {
      parts = { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `The simulated site failed: ${messageOf(error)}` };
    }
    this.log.push({
      seq: this.log.entries.length + 1,
      time: now,
      service: site.id,
      region: this.region,
      action: `${wire.method} ${wire.url.pathname}`,
      requestId,
      request: Object.fromEntries(wire.url.searchParams),
      status: parts.status,
      http: {
        request: { method: wire.method, url: wire.url.href, headers: wire.headers, body: bodyText(wire.body) },
        response: { status: parts.status, headers: parts.headers, body: bodyText(parts.body) },
      },
    });
    return { parts };
  }

  #context(now: number, region: string, requestId: string, service: AnyService | undefined): ActionContext {
    // SIMPLIFIED: sites keep no state of their own yet (the hosted UI's sessions come with it).
    const state = service ? this.records(service, region) : undefined;
    return {
      now,
      region,
      accountId: this.accountId,
      random: this.#random,
      state,
      keyCache: this.#keyCache,
      requestId,
      nextSigningKey: () => this.#nextSigningKey(),
      send: (message) => {
        const sent: OutboxMessage = { id: this.#random.uuid(), time: now, requestId, ...message };
        this.outbox.push(sent);
        return sent;
      },
      // A nested call runs now, inside the request that makes it: the queue is already ours.
      call: (target, action, input) => this.#invoke(target, action, input, { parent: { requestId, region } }).then(unwrap) as never,
    };
  }

  async #nextSigningKey(): Promise<KeyRecord> {
    const injected = this.#injectedKeys[this.#keyCursor++ % Math.max(1, this.#injectedKeys.length)];
    return toKeyRecord(injected ?? (await generateSigningKey()), this.#random);
  }

  /** `cloud.cognitoIdp.signUp({...})`: each action of a service as a method, through the same pipeline as cloud.fetch. */
  #facade(service: AnyService): Record<string, (request: unknown) => Promise<unknown>> {
    const facade: Record<string, (request: unknown) => Promise<unknown>> = {};
    for (const action of Object.keys(service.actions)) {
      facade[action.charAt(0).toLowerCase() + action.slice(1)] = (request) => this.call(service, action as never, request as never);
    }
    return facade;
  }
}

/** The action named by the request's target or Query Action, for the log when the request cannot be read further. */
function fallbackAction(wire: WireRequest): string {
  const target = wire.headers['x-amz-target'];
  return target?.slice(target.lastIndexOf('.') + 1) || wire.url.searchParams.get('Action') || 'Unknown';
}

/** A real action of the service that the simulator does not answer, or no action at all. */
function notSimulated(service: AnyService, model: ServiceModel, action: string): CloudError {
  if (model.actions?.includes(action)) {
    return new CloudError('NotImplemented', `${action} is a real ${service.id} action, but this simulator does not simulate it yet.`, 501);
  }
  return new CloudError('UnknownOperationException', '');
}

function validate(service: AnyService, model: ServiceModel, action: string, request: unknown): void {
  try {
    validateRequest(model, action, request);
  } catch (error) {
    if (isCloudError(error) && error.code === 'InvalidParameterException' && service.validationError !== error.code) {
      throw new CloudError(service.validationError, error.message, error.status);
    }
    throw error;
  }
}

/** The output the facade and `ctx.call` return (a copy, so callers never hold the cloud's own records), or the error they throw. */
function unwrap(answer: Answer): unknown {
  if (answer.error) {
    const error = new CloudError(answer.error.code, answer.error.message, answer.error.status);
    if (answer.error.service) error.service = answer.error.service;
    throw error;
  }
  const body = answer.parts.body;
  return typeof body === 'string' && answer.parts.headers['content-type']?.includes('json') ? JSON.parse(body || '{}') : structuredClone(answer.output ?? {});
}

async function readRequest(input: Request | string | URL, init?: RequestInit): Promise<WireRequest> {
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, key) => (headers[key] = value));
  return { method: request.method, url: new URL(request.url), headers, body: new Uint8Array(await request.arrayBuffer()) };
}

function toResponse(parts: WireResponse): Response {
  return new Response(parts.body as BodyInit, { status: parts.status, headers: parts.headers });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// The facades the constructor adds, one per registered service (`cloud.cognitoIdp`), typed from the registry.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Cloud extends Facades {}
