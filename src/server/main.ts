/**
 * `npm run cloud [-- --port 4566 --host 127.0.0.1 --region us-east-1 --seed s --state cloud.json --bootstrap]`:
 * the simulated cloud on a local port for the AWS CLI, boto3 and the SDKs.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ADMIN_ACCESS_KEY_ID, ADMIN_SECRET_ACCESS_KEY, cognitoIdp } from '../engine';
import { startCloudServer, type CloudServer } from './http';

const HELP = `Usage: npm run cloud -- [options]

  --port <n>       port to listen on (env PORT; default 4566; 0 = any free port)
  --host <addr>    address to listen on (default 127.0.0.1)
  --region <r>     region of a new cloud (env AWS_REGION; default us-east-1)
  --seed <text>    seed for ids and codes of a new cloud (same seed, same ids)
  --state <file>   keep the cloud in this JSON file: loaded at start, saved after every request
  --bootstrap      create the article's user pool and an app client (or reuse them) and print their ids
  --help           this text`;

export function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      region: { type: 'string' },
      seed: { type: 'string' },
      state: { type: 'string' },
      bootstrap: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const portText = values.port ?? env['PORT'] ?? '4566';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, got "${portText}"`);
  return {
    help: values.help,
    port,
    host: values.host ?? '127.0.0.1',
    region: values.region ?? env['AWS_REGION'] ?? 'us-east-1',
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
    ...(values.state !== undefined ? { statePath: values.state } : {}),
    bootstrap: values.bootstrap,
  };
}

/** What to tell a learner at start: where the cloud is and how to point each client at it. */
export function banner(server: CloudServer, statePath?: string): string {
  const { url, cloud, bootstrapped } = server;
  const region = cloud.region;
  const pools = cloud.inspect(cognitoIdp).pools;
  const services = cloud.registry.services.map((s) => s.id).join(', ');
  const { sdk } = cognitoIdp;
  const lines = [
    '',
    `Simulated AWS (${services}; every region, default ${region}) listening on ${url}`,
    statePath
      ? `State: ${statePath} (${server.restored ? 'restored' : 'new'}; saved after every request)`
      : 'State: in memory only (use --state <file> to keep it across restarts)',
    '',
    `The account's administrator signs with AWS's example pair, verified: ${ADMIN_ACCESS_KEY_ID} / ${ADMIN_SECRET_ACCESS_KEY}`,
    'SIMPLIFIED: any other long-term key (such as test/test below) acts as the administrator without a signature check.',
    '',
    'Point a client at it:',
    `  boto3:   boto3.client("${sdk.boto3}", endpoint_url="${url}", region_name="${region}",`,
    `                        aws_access_key_id="test", aws_secret_access_key="test")`,
    `  AWS CLI: AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test aws ${sdk.cli} <command> --endpoint-url ${url} --region ${region}`,
    `  JS v3:   new ${sdk.jsClient}({ endpoint: "${url}", region: "${region}",`,
    `                        credentials: { accessKeyId: "test", secretAccessKey: "test" } })`,
    `  JWKS:    ${url}/<userPoolId>/.well-known/jwks.json`,
    `  Hosted UI (after CreateUserPoolDomain): http://<domain>.auth.${region}.amazoncognito.com.localhost:${new URL(url).port}`,
    "           its /.well-known/openid-configuration lists the endpoints and JWKS there (the issuer stays AWS's)",
    '',
  ];
  if (bootstrapped) {
    lines.push(
      `${bootstrapped.created ? 'Created' : 'Reusing'} the article's user pool and app client (email required and auto-verified; USER_PASSWORD_AUTH allowed):`,
      `  UserPoolId: ${bootstrapped.userPoolId}`,
      `  ClientId:   ${bootstrapped.clientId}`,
      '',
      'Try:',
      `  aws ${sdk.cli} sign-up --endpoint-url ${url} --region ${region} --client-id ${bootstrapped.clientId} \\`,
      `    --username abc.xyz@gmail.com --password '#Abc1234' --user-attributes Name=email,Value=abc.xyz@gmail.com`,
      '',
    );
  } else if (pools.length === 0) {
    lines.push(
      'The cloud has no user pool yet: create one and an app client first (create-user-pool, create-user-pool-client),',
      "or restart with --bootstrap to get the article's pool and a client ready to use.",
      '',
    );
  } else {
    for (const pool of pools) {
      lines.push(`Pool ${pool.id} (${pool.name}): clients ${pool.clients.map((c) => `${c.clientId} (${c.clientName})`).join(', ') || 'none'}`);
    }
    lines.push('');
  }
  lines.push('Each request and every email or SMS the pool sends is printed below. Ctrl+C stops.', '');
  return lines.join('\n');
}

async function main(): Promise<void> {
  let options: ReturnType<typeof parseCommandLine>;
  try {
    options = parseCommandLine(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(HELP);
    return;
  }
  const server = await startCloudServer(options);
  if (options.statePath && server.restored && server.cloud.region !== options.region && process.argv.includes('--region')) {
    console.log(`Note: ${options.statePath} holds a cloud in ${server.cloud.region}; --region ${options.region} applies only to new clouds.`);
  }
  console.log(banner(server, options.statePath));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
