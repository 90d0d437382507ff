/**
 * Services that exist only in the tests: they prove that a service is one descriptor and one registry line, and they
 * exercise the router and the pipeline without touching the real services' behaviour.
 */
import { cognitoIdp, CloudError, SERVICES, SITES, type Registry, type ServiceDescriptor, type SiteDescriptor } from '../../src/engine';
import type { ActionContext } from '../../src/engine/context';
import { jsonProtocol } from '../../src/engine/protocol/json11';

interface EchoState {
  echoes: number;
}

const echoModel = {
  metadata: { endpointPrefix: 'echo', targetPrefix: 'TestEcho_20260101', protocol: 'json' },
  actions: ['Echo', 'CountPools', 'Shout'],
  operations: { Echo: { input: 'EchoInput' }, CountPools: { input: 'Empty' } },
  shapes: {
    EchoInput: { type: 'structure', required: ['Message'], members: { Message: { shape: 'Message' } } },
    Message: { type: 'string', min: 1, max: 5 },
    Empty: { type: 'structure', members: {} },
  },
} as const;

/** `Echo` answers what it was sent, where and how often; `CountPools` asks cognito-idp through `ctx.call`. `Shout` is real but not simulated. */
type EchoActions = {
  Echo: (ctx: ActionContext<EchoState>, request: { Message: string }) => { Message: string; Region: string; Count: number };
  CountPools: (ctx: ActionContext<EchoState>, request: Record<string, never>) => Promise<{ Pools: number }>;
};

const echoActions: EchoActions = {
  Echo: (ctx, request) => {
    if (request.Message === 'boom') throw new CloudError('EchoFailed', 'The echo failed.');
    ctx.state.echoes += 1;
    return { Message: request.Message, Region: ctx.region, Count: ctx.state.echoes };
  },
  CountPools: async (ctx) => {
    const { UserPools } = await ctx.call(cognitoIdp, 'ListUserPools', { MaxResults: 60 });
    return { Pools: UserPools?.length ?? 0 };
  },
};

export const echo: ServiceDescriptor<EchoState, EchoActions, { total: number }> = {
  kind: 'service',
  id: 'echo',
  facade: 'echo',
  participant: 'Echo',
  sdk: { boto3: 'echo', cli: 'echo', jsPackage: '@example/client-echo', jsClient: 'EchoClient' },
  endpointPrefix: 'echo',
  signingName: 'echo',
  protocol: jsonProtocol,
  targetPrefix: 'TestEcho_20260101',
  model: async () => echoModel as never,
  code: async () => ({ actions: echoActions }),
  validationError: 'ValidationException',
  stateVersion: 3,
  initialState: () => ({ echoes: 0 }),
  restore: (state) => state as EchoState,
  inspect: (regions) => ({ total: Object.values(regions).reduce((n, s) => n + s.echoes, 0) }),
};

/** An account-wide service at one host, like IAM. */
export const globalEcho: ServiceDescriptor<EchoState, Pick<EchoActions, 'Echo'>> = {
  ...echo,
  id: 'echo-global',
  facade: 'echoGlobal',
  endpointPrefix: 'echoglobal',
  signingName: 'echoglobal',
  targetPrefix: 'TestEchoGlobal_20260101',
  global: { host: 'echoglobal.amazonaws.com', signingRegion: 'us-east-1' },
  model: async () => ({ ...echoModel, metadata: { ...echoModel.metadata, targetPrefix: 'TestEchoGlobal_20260101' } }) as never,
  code: async () => ({ actions: { Echo: echoActions.Echo } }),
};

/** A site on hosts of its own: `<name>.pages.example.com` (and `<name>.pages.example.com.localhost` at one local address). */
export const pagesSite: SiteDescriptor = {
  kind: 'site',
  id: 'pages',
  participant: 'Pages',
  matchHost: (host) => {
    const found = /^([a-z0-9-]+)\.pages\.example\.com$/.exec(host);
    return found ? { name: found[1]! } : undefined;
  },
  handle: (_ctx, request, params) => ({ status: 200, headers: { 'content-type': 'text/html' }, body: `<h1>${params['name']} ${request.url.pathname}</h1>` }),
};

/** The real registry plus the test-only services and site. */
export const TEST_REGISTRY: Registry = { services: [...SERVICES, echo, globalEcho], sites: [...SITES, pagesSite] };
