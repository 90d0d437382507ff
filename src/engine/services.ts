/**
 * The registry: one descriptor per simulated AWS service and per site (a host that serves HTML, redirects and cookies
 * outside any AWS protocol: the hosted UI and the simulated identity providers, in later parts of the course).
 *
 * A service id is written as a string literal only here and in that service's own folder; everything else (the cloud,
 * the router, the server, the flows' actors, the snippets, the diagram's participants) reads these descriptors, and other
 * code names a service by its typed handle: `cloud.call(cognitoIdp, 'SignUp', input)`.
 * Adding a service means adding its folder and one line to SERVICES.
 */
import type { ActionContext, ActionHandler } from './context';
import type { Protocol, WireRequest, WireResponse } from './protocol/wire';
import type { ServiceModel } from './protocol/validate';
import type { AuthorizedService, OperationScope } from './iam/policy';
import type { IssuedCredentials } from './sts/model';
import { cognitoIdentity } from './identityPool/service';
import { iam } from './iam/service';
import { sts } from './sts/service';
import { s3 } from './s3/service';
import { cognitoSync } from './sync/service';
import { cognitoIdp } from './userPool/service';
import { yourApi } from './yourApi/site';
import { hostedUi } from './hostedUi/site';
import { googleIdp } from './idp/google/site';
import { oidcIdp } from './idp/oidc/site';
import { samlIdp } from './idp/saml/site';

export type ProtocolId = Protocol['id'];

/**
 * A GET or other request a service answers outside its protocol's operations (the pool's `/.well-known/jwks.json`). Its
 * handler is in the service's code, under the same action name.
 */
export interface ExtraRoute {
  /** The name the log and the diagrams show, e.g. `GetJwks`. */
  action: string;
  match(method: string, path: string): Record<string, string> | undefined;
}

/** What a service does, as opposed to who it is on the wire: a chunk of its own, loaded the first time the service is asked anything. */
export interface ServiceCode<State, Actions> {
  /** The simulated actions, by AWS action name. */
  actions: Actions;
  /** The extra routes' handlers, by their action name. */
  routes?: Record<string, (ctx: ActionContext<State>, params: Record<string, string>) => unknown>;
}

/**
 * A simulated AWS service: who it is on the wire (endpoint prefix, signing name, target prefix, protocol), its model,
 * the actions it simulates, how it says "invalid input", and its state (per region, or one for the account).
 */
export interface ServiceDescriptor<
  State = unknown,
  Actions extends Record<string, ActionHandler<never, unknown, State>> = Record<string, ActionHandler<never, unknown, State>>,
  View = unknown,
> {
  kind: 'service';
  /** botocore's name: `cognito-idp`, `sts`, `s3`. */
  id: string;
  /** The facade's property on Cloud: `cloud.cognitoIdp.signUp(…)`. */
  facade: string;
  /** A label for diagrams: `User pool`. */
  participant: string;
  /** How the SDKs and the CLI name it, for the Requests tab's snippets. */
  sdk: { boto3: string; cli: string; jsPackage: string; jsClient: string };
  /** The first label of its AWS hostname: `cognito-idp` in `cognito-idp.us-east-1.amazonaws.com`. */
  endpointPrefix: string;
  /** The service name in a SigV4 credential scope (usually the endpoint prefix). */
  signingName: string;
  /** IAM-style services answer at one host for every region (`iam.amazonaws.com`); their state is per account. */
  global?: { host: string; signingRegion: string };
  /** Hosts it also answers at outside any region (`cognito-identity.amazonaws.com`, where its OpenID discovery lives). */
  hosts?: readonly string[];
  /**
   * One state for the whole account although the service answers in every region (S3: bucket names are global, each
   * bucket records its region). `cloud.records()` keys it `global`, as for a global service.
   */
  perAccount?: true;
  /**
   * S3-style hosts: a resource may be named by the host's leading labels (`{bucket}.s3.{region}.amazonaws.com`, virtual-hosted
   * style), and `{endpointPrefix}.amazonaws.com` (with or without a bucket) stands for the region `regionless`. The router
   * hands the host's bucket on as the path's first segment, so the protocol sees path style only.
   */
  bucketHosts?: { regionless: string };
  /** Its wire protocol (`protocol/json11.ts`, `query.ts`, `restJson.ts`, `restXml.ts`): imported by the service, so one no service uses is never bundled. */
  protocol: Protocol;
  /** JSON protocols: `X-Amz-Target: <targetPrefix>.<Action>`. */
  targetPrefix?: string;
  /**
   * The trimmed botocore model (every action's name, the simulated ones' shapes and constraints), loaded the first time
   * the service answers: a lesson that never calls the service never downloads its model.
   */
  model(): Promise<ServiceModel>;
  /**
   * Its actions and extra routes' handlers, loaded like the model the first time the service is asked anything
   * (`() => import('./code')`): a lesson that never calls the service never downloads its code.
   */
  code(): Promise<ServiceCode<State, Actions>>;
  /** The code AWS answers a request that breaks the model's constraints with (`InvalidParameterException`, `ValidationError`). */
  validationError: string;
  /**
   * False: the service checks its input in its own code and words, never as the model's validation list (S3 answers
   * InvalidBucketName, InvalidLocationConstraint…, and accepts values its model's enums do not list).
   */
  modelValidation?: false;
  /** Bumped when the shape of the stored state changes; snapshots carry it. */
  stateVersion: number;
  /** The empty state of one region (or of the account, for global services). */
  initialState(): State;
  /** A region's state from a snapshot of this state version (or of one of `restorable`). */
  restore(state: unknown): State;
  /** Earlier state versions `restore` also reads: a snapshot holding one of them is upgraded, not refused. */
  restorable?: readonly number[];
  extraRoutes?: readonly ExtraRoute[];
  /**
   * Whether an unsigned request is refused (MissingAuthenticationToken) before it reaches an action, as STS, IAM and S3's
   * front doors do; `unsignedActions` are those AWS answers without a signature (AssumeRoleWithWebIdentity, GetId).
   * SIMPLIFIED: user pools take unsigned admin calls (they are not IAM-authorized here).
   */
  signatureRequired?: boolean;
  unsignedActions?: readonly string[];
  /**
   * How a request made with issued credentials (a role session) is authorized (auth/authorize.ts): the IAM namespace
   * its operations map to (iam/policy/actions.ts) and the scope a parsed request names (bucket, key, pool, role…).
   * S3, identity pools, STS, IAM and Cognito Sync fill it in.
   * SIMPLIFIED: user pools have none, so their requests are never IAM-authorized.
   */
  authorization?: {
    service: AuthorizedService;
    scope(action: string, request: unknown, region: string): Partial<OperationScope>;
    /**
     * The operation whose permission a caller needs to see this error of `action` (S3: GetObject's NoSuchKey needs
     * ListObjectsV2's s3:ListBucket); without it the caller is denied instead.
     */
    concealed?(action: string, code: string): string | undefined;
  };
  /** IAM: its state (one per account) is the IamState (iam/model.ts) whose roles and policies authorization reads. */
  iamStore?: true;
  /**
   * Which region a request is for when nothing in it says so (an unsigned call such as SignUp sent to one local address):
   * the region where the resource it names lives. Undefined: the default region.
   */
  locate?(request: unknown, regions: Record<string, State>): string | undefined;
  /**
   * The service that issues temporary credentials (STS, a global service): the credentials an `ASIA…` key names in its
   * state, for the front door to verify a request signed with them (auth/authenticate.ts).
   */
  issuedCredentials?(state: State, accessKeyId: string): IssuedCredentials | undefined;
  /** A read-only view of the state of every region (a copy), for inspectors: `cloud.inspect(service)`. */
  inspect?(regions: Record<string, State>): View;
}

/** A host served as pages, redirects and cookies (hosted UI, identity providers), outside any AWS protocol. */
export interface SiteDescriptor {
  kind: 'site';
  id: string;
  participant: string;
  /** Matches the hosts it serves and returns what the host names (`{ domain, region }`). */
  matchHost(host: string): Record<string, string> | undefined;
  /**
   * The service whose front end the site is (the hosted UI is the user pool's): the handler's `ctx.state` is that service's
   * state in the region the host names (`params.region`, else the cloud's default), and the log files the visit there.
   * Without it a site keeps no state (`ctx.state` is undefined).
   */
  backEnd?: AnyService;
  /**
   * A state of the site's own, for a site that fronts no service (a simulated identity provider's sessions, codes and
   * signing key): one for the account, kept in snapshots under the site's id like a service's. A site has `backEnd` or
   * `state`, not both.
   */
  state?: SiteState;
  handle(ctx: ActionContext<unknown>, request: WireRequest, params: Record<string, string>): Promise<WireResponse> | WireResponse;
}

/** A site's own state: its version in snapshots, its empty value, and how a snapshot's copy is read back. */
export interface SiteState<State = unknown> {
  stateVersion: number;
  initialState(): State;
  restore(state: unknown): State;
  restorable?: readonly number[];
}

/** What keeps state in the cloud's records: a service, or a site with a state of its own. */
export type StateHolder = Pick<AnyService, 'id' | 'stateVersion' | 'initialState' | 'restore' | 'restorable' | 'global' | 'perAccount'>;

/** The holder of a site's own state (one for the account), or undefined for a site without one. */
export function siteStateHolder(site: SiteDescriptor): StateHolder | undefined {
  return site.state ? { id: site.id, perAccount: true, ...site.state } : undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyService = ServiceDescriptor<any, any, any>;

/** Every simulated service and site, by handle. */
export { cognitoIdentity, cognitoIdp, cognitoSync, googleIdp, hostedUi, iam, oidcIdp, s3, samlIdp, sts, yourApi };

export const SERVICES: readonly AnyService[] = [cognitoIdp, cognitoIdentity, sts, iam, s3, cognitoSync];

/**
 * Sites: the user pools' hosted UI (`hostedUi/`), your own API (`yourApi/`), a bearer-token API that trusts the pool's
 * access tokens, and the simulated identity providers (`idp/`): Google and a generic OIDC provider.
 */
export const SITES: readonly SiteDescriptor[] = [hostedUi, yourApi, googleIdp, oidcIdp, samlIdp];

type Uncapitalized<S extends string> = S extends `${infer F}${infer R}` ? `${Lowercase<F>}${R}` : S;

/** A service's actions as methods: `cloud.cognitoIdp.signUp({ ClientId, Username, … })`, the wire's shapes, typed. */
export type Facade<S extends AnyService> = {
  [A in ActionName<S> as Uncapitalized<A>]: (request: InputOf<S, A>) => Promise<OutputOf<S, A>>;
};

/** The facade of every registered service, by its `facade` name (the Cloud has one property each). */
export interface Facades {
  cognitoIdp: Facade<typeof cognitoIdp>;
  cognitoIdentity: Facade<typeof cognitoIdentity>;
  sts: Facade<typeof sts>;
  iam: Facade<typeof iam>;
  s3: Facade<typeof s3>;
  cognitoSync: Facade<typeof cognitoSync>;
}

/** Action names a service simulates. */
export type ActionName<S extends AnyService> = Extract<keyof ActionsOf<S>, string>;
/** A service's actions, by name. */
export type ActionsOf<S extends AnyService> = Awaited<ReturnType<S['code']>>['actions'];
/** The request an action takes, as on the wire. */
export type InputOf<S extends AnyService, A extends ActionName<S>> = Parameters<ActionsOf<S>[A]>[1];
/** The answer an action gives. */
export type OutputOf<S extends AnyService, A extends ActionName<S>> = Awaited<ReturnType<ActionsOf<S>[A]>>;

/** The service with this id in a registry, if any. */
export function serviceById(registry: readonly AnyService[], id: string): AnyService | undefined {
  return registry.find((s) => s.id === id);
}
