/**
 * Writes the trimmed AWS service models the engine bundles, from this machine's botocore (dev only: nothing at build or
 * run time reads Python; the engine reads only the JSON this script writes).
 *
 *   npx tsx src/engine/protocol/models/generate.ts <service> [<service> ...] [--actions A,B,C]
 *
 * For each service it reads botocore's `data/<service>/<latest version>/service-2.json(.gz)` and writes
 * `src/engine/protocol/models/<service>.json` with
 *   - `metadata` (apiVersion, endpointPrefix, protocol, jsonVersion, targetPrefix, signingName, serviceId, globalEndpoint),
 *     `botocoreVersion` and a `generatedBy` note;
 *   - `actions`: every operation name of the service, so the engine can tell "not simulated" from "unknown";
 *   - `operations`: the simulated operations only, each with `input`/`output` shape names, `http` and `errors`;
 *   - `routes` (REST protocols only): every other operation's `http` method and requestUri, so a request for one is
 *     recognised as a real action the simulator does not answer;
 *   - `shapes`: the shapes reachable from those operations' inputs, outputs and errors, without documentation
 *     (enum values in the order AWS's answers list them where that is known: ENUM_ORDER_AS_AWS_ANSWERS).
 *
 * The simulated operations are the keys of the existing file's `operations`, unless `--actions A,B,C` names them
 * (it then applies to every service named). For cognito-idp they are the keys of `cognitoIdpActions`
 * (src/engine/userPool/actions.ts): after adding an action there, regenerate with the full list in `--actions`
 * (test/engine/protocol/models.test.ts fails until the two agree).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

type Json = Record<string, unknown>;
interface Ref {
  shape: string;
}
interface BotocoreOperation {
  http?: { method?: string; requestUri?: string; responseCode?: number };
  input?: Ref;
  output?: Ref;
  errors?: Ref[];
}
interface BotocoreModel {
  metadata: Json;
  operations: Record<string, BotocoreOperation>;
  shapes: Record<string, Json>;
}

/**
 * AWS lists enum values in its validation messages in its own order, not always the published model's; where answers show
 * that order, the trimmed model carries it (the generator checks the values are the same set, so a new value fails loudly).
 */
const ENUM_ORDER_AS_AWS_ANSWERS: Record<string, Record<string, string[]>> = {
  'cognito-idp': {
    // [O] the first eight in AWS's answer to CreateUserPoolClient (aws-cloudformation-user-guide#525); ALLOW_USER_AUTH's place [U].
    ExplicitAuthFlowsType: [
      'ALLOW_CUSTOM_AUTH',
      'ADMIN_NO_SRP_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_USER_SRP_AUTH',
      'CUSTOM_AUTH_FLOW_ONLY',
      'USER_PASSWORD_AUTH',
      'ALLOW_ADMIN_USER_PASSWORD_AUTH',
      'ALLOW_USER_AUTH',
    ],
    // [U] the order the simulator's own check used before the model drove validation.
    OAuthFlowType: ['implicit', 'client_credentials', 'code'],
  },
};

/**
 * Patterns the published model carries that AWS does not check as model validation: it answers in its own words instead.
 * cognito-idp's DomainType pattern excludes dots, yet the same member takes a custom domain (`auth.example.com`), and a bad
 * prefix gets "The domain name contains an invalid character…" [O].
 */
const PATTERNS_AWS_DOES_NOT_CHECK: Record<string, readonly string[]> = { 'cognito-idp': ['DomainType'] };

function reorderEnums(service: string, shapes: Record<string, Json>): void {
  for (const [name, order] of Object.entries(ENUM_ORDER_AS_AWS_ANSWERS[service] ?? {})) {
    const values = shapes[name]?.['enum'] as string[] | undefined;
    if (!values) continue;
    if (values.length !== order.length || !values.every((v) => order.includes(v))) {
      throw new Error(`${service}: ${name}'s enum is now ${values.join(', ')}; update ENUM_ORDER_AS_AWS_ANSWERS`);
    }
    shapes[name]!['enum'] = order;
  }
}

const HERE = dirname(fileURLToPath(import.meta.url));
const METADATA_KEYS = ['apiVersion', 'endpointPrefix', 'protocol', 'jsonVersion', 'targetPrefix', 'signingName', 'serviceId', 'globalEndpoint', 'xmlNamespace'];
/** What a shape keeps: its type and constraints, error details, and what the protocols (JSON, Query, REST, XML) serialize by. */
const SHAPE_KEYS = [
  'type',
  'members',
  'member',
  'key',
  'value',
  'required',
  'min',
  'max',
  'pattern',
  'enum',
  'sensitive',
  'document',
  'union',
  'error',
  'exception',
  'fault',
  'flattened',
  'locationName',
  'xmlNamespace',
  'xmlOrder',
  'timestampFormat',
  'payload',
  'event',
  'eventstream',
];
/** What a member reference keeps besides its shape: where and how it is serialized. */
const MEMBER_KEYS = [
  'shape',
  'location',
  'locationName',
  'queryName',
  'xmlNamespace',
  'xmlAttribute',
  'flattened',
  'timestampFormat',
  'jsonvalue',
  'idempotencyToken',
  'hostLabel',
  'streaming',
  'eventpayload',
  'eventheader',
];

function pick(source: Json, keys: readonly string[]): Json {
  const out: Json = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/** Where botocore lives, and its version, asked of this machine's python3. */
function findBotocore(): { dir: string; version: string } {
  const script = 'import botocore, os; print(os.path.dirname(botocore.__file__)); print(botocore.__version__)';
  const [dir, version] = execFileSync('python3', ['-c', script], { encoding: 'utf8' }).trim().split('\n');
  if (!dir || !version) throw new Error('python3 did not report where botocore is');
  return { dir, version };
}

function readBotocoreModel(botocoreDir: string, service: string): BotocoreModel {
  const serviceDir = join(botocoreDir, 'data', service);
  if (!existsSync(serviceDir)) throw new Error(`botocore has no service ${service} (${serviceDir})`);
  const latest = readdirSync(serviceDir)
    .filter((name) => /^\d{4}-\d{2}-\d{2}$/.test(name))
    .sort()
    .at(-1);
  if (!latest) throw new Error(`no API version under ${serviceDir}`);
  const base = join(serviceDir, latest, 'service-2.json');
  if (existsSync(`${base}.gz`)) return JSON.parse(gunzipSync(readFileSync(`${base}.gz`)).toString('utf8')) as BotocoreModel;
  return JSON.parse(readFileSync(base, 'utf8')) as BotocoreModel;
}

function previousActions(outFile: string): string[] {
  if (!existsSync(outFile)) return [];
  const previous = JSON.parse(readFileSync(outFile, 'utf8')) as { operations?: Json };
  return Object.keys(previous.operations ?? {});
}

/** The trimmed model: the simulated operations, the shapes they reach, and every action name. */
export function trimModel(source: BotocoreModel, simulated: readonly string[], botocoreVersion: string, service: string): Json {
  const unknown = simulated.filter((name) => !source.operations[name]);
  if (unknown.length) throw new Error(`${service} has no operation ${unknown.join(', ')}`);
  const shapes: Record<string, Json> = {};
  const visit = (name: string): void => {
    if (shapes[name]) return;
    const shape = source.shapes[name];
    if (!shape) throw new Error(`${service}: shape ${name} is referenced but not defined`);
    const kept = pick(shape, SHAPE_KEYS);
    if (PATTERNS_AWS_DOES_NOT_CHECK[service]?.includes(name)) delete kept['pattern'];
    shapes[name] = kept;
    if (shape['members']) {
      const members: Record<string, Json> = {};
      for (const [member, ref] of Object.entries(shape['members'] as Record<string, Json>)) members[member] = pick(ref, MEMBER_KEYS);
      kept['members'] = members;
    }
    for (const key of ['member', 'key', 'value'] as const) if (shape[key]) kept[key] = pick(shape[key] as Json, MEMBER_KEYS);
    for (const ref of [...Object.values((kept['members'] ?? {}) as Record<string, Ref>), kept['member'], kept['key'], kept['value']]) {
      if (ref) visit((ref as Ref).shape);
    }
  };
  const operations: Record<string, Json> = {};
  for (const name of [...simulated].sort()) {
    const op = source.operations[name]!;
    if (op.input) visit(op.input.shape);
    if (op.output) visit(op.output.shape);
    for (const error of op.errors ?? []) visit(error.shape);
    operations[name] = {
      ...(op.input ? { input: op.input.shape } : {}),
      ...(op.output ? { output: op.output.shape } : {}),
      http: pick(op.http ?? {}, ['method', 'requestUri', 'responseCode']),
      errors: (op.errors ?? []).map((error) => error.shape),
    };
  }
  // A REST protocol finds the operation by method and path: every other operation's binding, so a request for one the
  // simulator does not answer is told so (NotImplemented) rather than taken for another.
  const routes = String(source.metadata['protocol']).startsWith('rest-')
    ? Object.fromEntries(
        Object.keys(source.operations)
          .filter((name) => !simulated.includes(name))
          .sort()
          .map((name) => [name, pick(source.operations[name]!.http ?? {}, ['method', 'requestUri'])]),
      )
    : undefined;
  reorderEnums(service, shapes);
  const sortedShapes = Object.fromEntries(
    Object.keys(shapes)
      .sort()
      .map((name) => [name, shapes[name]]),
  );
  return {
    generatedBy: `src/engine/protocol/models/generate.ts from botocore ${botocoreVersion} (data/${service}/${String(source.metadata['apiVersion'])}/service-2.json). Do not edit by hand: run \`npx tsx src/engine/protocol/models/generate.ts ${service}\` (add --actions A,B,C to change the simulated operations).`,
    botocoreVersion,
    metadata: pick(source.metadata, METADATA_KEYS),
    actions: Object.keys(source.operations).sort(),
    operations,
    ...(routes ? { routes } : {}),
    shapes: sortedShapes,
  };
}

/** Compact JSON, one operation or shape a line, so a regeneration reads as a diff. */
function serialize(model: Json): string {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(model)) {
    if (key === 'operations' || key === 'routes' || key === 'shapes') {
      const entries = Object.entries(value as Json).map(([name, entry]) => `  ${JSON.stringify(name)}:${JSON.stringify(entry)}`);
      lines.push(`${JSON.stringify(key)}:{\n${entries.join(',\n')}\n}`);
    } else lines.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
  }
  return `{${lines.join(',\n')}}\n`;
}

function main(argv: string[]): void {
  const flag = argv.indexOf('--actions');
  const actions =
    flag >= 0
      ? (argv[flag + 1] ?? '')
          .split(',')
          .map((a) => a.trim())
          .filter(Boolean)
      : undefined;
  const services = argv.filter((arg, i) => arg !== '--actions' && (flag < 0 || i !== flag + 1));
  if (services.length === 0) throw new Error('usage: npx tsx src/engine/protocol/models/generate.ts <service> ... [--actions A,B,C]');
  const botocore = findBotocore();
  for (const service of services) {
    const outFile = join(HERE, `${service}.json`);
    const simulated = actions ?? previousActions(outFile);
    if (simulated.length === 0) throw new Error(`${service}: no simulated operations known; name them with --actions A,B,C`);
    const text = serialize(trimModel(readBotocoreModel(botocore.dir, service), simulated, botocore.version, service));
    writeFileSync(outFile, text);
    console.log(`${outFile}: ${simulated.length} operations, ${text.length} bytes`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
