import { ManualClock, type Clock } from './clock';
import type { ActionContext } from './context';
import { CloudError, isCloudError } from './errors';
import { Feed } from './feed';
import { Random } from './ids';
import { jsonError, jsonSuccess, type AwsResponseParts } from './protocol/json11';
import type { CloudSnapshot, LogEntry, OutboxMessage } from './state';
import { generateSigningKey, KeyCache, toKeyRecord, type KeyRecord, type SigningKeyInput } from './tokens/keys';
import { cognitoIdpActions, type CognitoIdpActionName, type CognitoIdpActions } from './userPool/actions';
import type { UserPoolsState } from './userPool/model';
import { routeCognitoIdp, COGNITO_IDP_TARGET_PREFIX } from './userPool/service';

type Uncapitalized<S extends string> = S extends `${infer F}${infer R}` ? `${Lowercase<F>}${R}` : S;

/** `cloud.cognitoIdp.signUp({ ClientId, Username, … })`: the wire's shapes, typed, through the same pipeline as `cloud.fetch`. */
export type CognitoIdpFacade = {
  [K in CognitoIdpActionName as Uncapitalized<K>]: (
    request: Parameters<CognitoIdpActions[K]>[1],
  ) => Promise<Awaited<ReturnType<CognitoIdpActions[K]>>>;
};

export interface CloudInit {
  region: string;
  accountId: string;
  clock: Clock;
  random: Random;
  keyCursor: number;
  injectedKeys: SigningKeyInput[];
  userPools: UserPoolsState;
  log: LogEntry[];
  outbox: OutboxMessage[];
}

/** The simulated AWS cloud. Build one with `createCloud()`. */
export class Cloud {
  readonly region: string;
  readonly accountId: string;
  readonly clock: Clock;
  /** Every request and response, newest last. */
  readonly log: Feed<LogEntry>;
  /** Every email and SMS the cloud "sent", newest last. */
  readonly outbox: Feed<OutboxMessage>;
  readonly cognitoIdp: CognitoIdpFacade;

  readonly #random: Random;
  readonly #keyCache = new KeyCache();
  readonly #injectedKeys: SigningKeyInput[];
  #keyCursor: number;
  readonly #userPools: UserPoolsState;
  #queue: Promise<unknown> = Promise.resolve();

  constructor(init: CloudInit) {
    this.region = init.region;
    this.accountId = init.accountId;
    this.clock = init.clock;
    this.#random = init.random;
    this.#keyCursor = init.keyCursor;
    this.#injectedKeys = init.injectedKeys;
    this.#userPools = init.userPools;
    this.log = new Feed(init.log);
    this.outbox = new Feed(init.outbox);
    this.cognitoIdp = this.#facade(`cognito-idp.${this.region}.amazonaws.com`, COGNITO_IDP_TARGET_PREFIX, Object.keys(cognitoIdpActions)) as CognitoIdpFacade;
    this.fetch = this.fetch.bind(this);
  }

  /** Read-only view of the user pools, for inspectors. Change state only through requests. */
  get userPools(): Readonly<UserPoolsState> {
    return this.#userPools;
  }

  /**
   * WHATWG fetch against the simulated AWS endpoints. Requests run one at a time, in order.
   * Never rejects because of what a caller sent: bad input gets an AWS-shaped error response.
   */
  async fetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    let raw: RawRequest;
    try {
      const request = input instanceof Request && init === undefined ? input : new Request(input, init);
      const headers: Record<string, string> = {};
      request.headers.forEach((value, key) => (headers[key] = value));
      raw = { method: request.method, url: request.url, headers, body: await request.text() };
    } catch (error) {
      const parts = jsonError(new CloudError('InvalidRequestException', `The request could not be read: ${messageOf(error)}`), this.#random.uuid(), new Date(this.clock.now()).toUTCString());
      return toResponse(parts);
    }
    return toResponse(await this.#enqueue(raw));
  }

  /** Everything the cloud knows, as plain JSON. */
  snapshot(): CloudSnapshot {
    return structuredClone({
      format: 'cognito-simulator/cloud',
      version: 1,
      region: this.region,
      accountId: this.accountId,
      time: this.clock.now(),
      random: [...this.#random.state],
      keyCursor: this.#keyCursor,
      userPools: this.#userPools,
      log: [...this.log.entries],
      outbox: [...this.outbox.entries],
    } satisfies CloudSnapshot);
  }

  #enqueue(raw: RawRequest): Promise<AwsResponseParts> {
    const run = this.#queue.then(() => this.#dispatch(raw));
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** The one pipeline every request takes, from cloud.fetch or the facade: route, validate, act, answer, log. */
  async #dispatch(raw: RawRequest): Promise<AwsResponseParts> {
    const now = this.clock.now();
    const requestId = this.#random.uuid();
    const date = new Date(now).toUTCString();
    const url = new URL(raw.url);
    const idpHost = `cognito-idp.${this.region}.amazonaws.com`;
    if (url.hostname !== idpHost) {
      return jsonError(
        new CloudError('UnknownEndpoint', `No simulated AWS service answers at host ${url.hostname}. This cloud serves region ${this.region}, e.g. ${idpHost}.`, 404),
        requestId,
        date,
      );
    }
    const call = routeCognitoIdp(this.#context(now), raw.method, url.pathname, raw.headers['x-amz-target'], raw.body);
    let parts: AwsResponseParts;
    let response: unknown;
    let failure: CloudError | undefined;
    try {
      response = await call.run();
      parts = jsonSuccess(response, requestId, date);
    } catch (error) {
      failure = isCloudError(error) ? error : new CloudError('InternalErrorException', `Internal error: ${messageOf(error)}`, 500);
      parts = jsonError(failure, requestId, date);
    }
    this.log.push({
      seq: this.log.entries.length + 1,
      time: now,
      service: 'cognito-idp',
      action: call.action,
      requestId,
      request: call.request,
      ...(failure ? { error: { code: failure.code, message: failure.message } } : { response }),
      status: parts.status,
      http: { request: raw, response: parts },
    });
    return parts;
  }

  #context(now: number): ActionContext {
    return {
      now,
      region: this.region,
      accountId: this.accountId,
      random: this.#random,
      userPools: this.#userPools,
      keyCache: this.#keyCache,
      nextSigningKey: () => this.#nextSigningKey(),
      send: (message) => {
        const sent: OutboxMessage = { id: this.#random.uuid(), time: now, ...message };
        this.outbox.push(sent);
        return sent;
      },
    };
  }

  async #nextSigningKey(): Promise<KeyRecord> {
    const injected = this.#injectedKeys[this.#keyCursor++ % Math.max(1, this.#injectedKeys.length)];
    return toKeyRecord(injected ?? (await generateSigningKey()), this.#random);
  }

  #facade(host: string, prefix: string, actions: string[]): Record<string, (request: unknown) => Promise<unknown>> {
    const facade: Record<string, (request: unknown) => Promise<unknown>> = {};
    for (const action of actions) {
      facade[action.charAt(0).toLowerCase() + action.slice(1)] = async (request) => {
        // The same pipeline as cloud.fetch, without wrapping the request and answer in WHATWG objects.
        const parts = await this.#enqueue({
          method: 'POST',
          url: `https://${host}/`,
          headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `${prefix}.${action}` },
          body: JSON.stringify(request ?? {}),
        });
        const body = JSON.parse(parts.body) as Record<string, unknown>;
        if (parts.status >= 300) throw new CloudError(String(body['__type']), String(body['message'] ?? ''), parts.status);
        return body;
      };
    }
    return facade;
  }
}

/** A request as the pipeline reads it: header names lowercase. */
interface RawRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

function toResponse(parts: AwsResponseParts): Response {
  return new Response(parts.body, { status: parts.status, headers: parts.headers });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export { ManualClock };
