import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ADMIN_ACCESS_KEY_ID, createCloud, type Cloud, type Clock, type OutboxMessage, type SigningKeyInput } from '../engine';
import { bootstrapPool, type BootstrapResult } from './bootstrap';
import { localDiscovery } from './discovery';
import { actionOf, errorOf, formatMessage, formatRequest, type RequestLine } from './print';
import { loadSnapshot, StateFile } from './state';

export interface CloudServerOptions {
  /** Default 4566; 0 picks a free port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Region of a new cloud (a state file keeps its own). Default `us-east-1`. */
  region?: string;
  /** A JSON file holding `cloud.snapshot()`: loaded at start if it exists, rewritten after every request. */
  statePath?: string;
  /** Seed of a new cloud's ids and codes. */
  seed?: string;
  /** Create the article's pool and an app client (or reuse them from the state file). */
  bootstrap?: boolean;
  /** Default: the wall clock, so tokens are valid for real clients now. */
  clock?: Clock;
  /** Signing keys for new pools (tests); default: generated. */
  keys?: SigningKeyInput[];
  /** Where request and message lines go. Default `console.log`. */
  print?: (line: string) => void;
}

export interface CloudServer {
  url: string;
  cloud: Cloud;
  bootstrapped?: BootstrapResult;
  /** Whether the cloud came from the state file. */
  restored: boolean;
  close(): Promise<void>;
}

const WALL_CLOCK: Clock = { now: () => Date.now() };
const MAX_BODY = 10 * 1024 * 1024;
/** Hop-by-hop and framing headers: node:http and fetch each manage their own. */
const HOP_BY_HOP = new Set([
  'host',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'expect',
  'upgrade',
  'te',
  'trailer',
  'proxy-connection',
]);

/** Puts the simulated cloud behind node:http, so the AWS CLI, boto3 and the SDKs can talk to it with `--endpoint-url`. */
export async function startCloudServer(options: CloudServerOptions = {}): Promise<CloudServer> {
  const print = options.print ?? ((line: string) => console.log(line));
  const clock = options.clock ?? WALL_CLOCK;
  const snapshot = options.statePath ? await loadSnapshot(options.statePath) : undefined;
  const cloud = await createCloud({
    clock,
    ...(snapshot ? { snapshot } : { region: options.region, seed: options.seed }),
    ...(options.keys ? { keys: options.keys } : {}),
  });
  const state = options.statePath ? new StateFile(options.statePath) : undefined;
  const pending: OutboxMessage[] = [];
  const unsubscribe = cloud.outbox.subscribe((message) => pending.push(message));
  const flush = () => {
    for (const message of pending.splice(0)) print(formatMessage(message));
  };

  const bootstrapped = options.bootstrap ? await bootstrapPool(cloud) : undefined;
  flush();
  await state?.save(cloud.snapshot());

  /** Whether the one-line notice about unchecked access keys has been printed. */
  let noticed = false;
  const server = createServer((req, res) => {
    void handle(req, res);
  });
  // A malformed HTTP request never reaches the handler; answer it and keep serving.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const path = req.url ?? '/';
    const target = typeof req.headers['x-amz-target'] === 'string' ? req.headers['x-amz-target'] : undefined;
    const line: RequestLine = { at: 0, method, action: actionOf(method, path, target), status: 500, ms: 0 };
    try {
      const body = await readBody(req);
      let answer: { status: number; headers: Record<string, string>; body: Buffer };
      if (body === undefined) {
        answer = awsError(413, 'SerializationException', `The request body is larger than ${MAX_BODY} bytes.`);
      } else {
        // Every service answers at this one address: the cloud's router reads the request's target, signature scope, host,
        // path and Query Action. fetchLocal builds the Request itself, so a method or header fetch refuses becomes an
        // AWS-shaped 400, not a crash.
        // A hosted UI's discovery under its localhost host is the server's own (discovery.ts); the rest goes to the router.
        const response =
          (await localDiscovery(cloud, req.headers.host, method, path)) ??
          (await cloud.fetchLocal(`http://${req.headers.host ?? 'localhost'}${path.startsWith('/') ? path : `/${path}`}`, {
            method,
            headers: forwardHeaders(req),
            ...(method === 'GET' || method === 'HEAD' ? {} : { body: Uint8Array.from(body) }),
          }));
        const headers: Record<string, string> = {};
        response.headers.forEach((value, key) => (headers[key] = value));
        const signedBy = cloud.log.latest?.signedBy;
        if (signedBy && !signedBy.verified && !noticed) {
          noticed = true;
          print(
            `          note: access key ${signedBy.accessKeyId} is not one this cloud issued; SIMPLIFIED, it acts as the administrator unchecked (the example pair ${ADMIN_ACCESS_KEY_ID} is verified)`,
          );
        }
        answer = { status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) };
      }
      line.status = answer.status;
      const error = errorOf(answer.status, answer.headers['x-amzn-errortype'] ?? null, answer.body.toString('utf8'));
      if (error) line.error = error;
      await state?.save(cloud.snapshot()).catch((e: unknown) => print(`          ! could not save state to ${options.statePath}: ${String(e)}`));
      res.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
      res.end(answer.body);
    } catch (error) {
      line.status = 500;
      line.error = { code: 'InternalFailure', message: error instanceof Error ? error.message : String(error) };
      if (!res.headersSent) {
        const answer = awsError(500, 'InternalFailure', `The simulator failed to handle this request: ${line.error.message}`);
        res.writeHead(500, { ...answer.headers, 'content-length': String(answer.body.length) });
        res.end(answer.body);
      } else {
        res.destroy();
      }
    } finally {
      line.at = Date.now();
      line.ms = performance.now() - started;
      print(formatRequest(line));
      flush();
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4566, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  return {
    url: `http://${host}:${address.port}`,
    cloud,
    restored: snapshot !== undefined,
    ...(bootstrapped ? { bootstrapped } : {}),
    close: async () => {
      unsubscribe();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await state?.idle();
    },
  };
}

/** The body, or undefined when it is too large to accept. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY) chunks.push(chunk as Buffer);
  }
  return size > MAX_BODY ? undefined : Buffer.concat(chunks);
}

function forwardHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    for (const v of [value].flat()) {
      try {
        headers.append(name, v);
      } catch {
        // A header fetch refuses (odd bytes) is dropped rather than failing the request.
      }
    }
  }
  return headers;
}

/** AWS's JSON error shape, for answers the server gives itself (no service could be chosen). */
function awsError(status: number, code: string, message: string) {
  return {
    status,
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': code },
    body: Buffer.from(JSON.stringify({ __type: code, message })),
  };
}
