/**
 * One routed request to a service, answered: an extra route (a pool's JWKS, a JSON document) or a protocol operation, parsed, located,
 * validated against the model, authorized (a role session's request, by IAM) and handed to the service's code; its output or its error serialized in the protocol's
 * shape. Never throws: an error that is not a CloudError is a bug, answered as InternalErrorException (500).
 */
import type { AuthorizationEnv, AuthorizationRecord } from './auth/authorize';
import type { Caller } from './auth/caller';
import type { ActionContext } from './context';
import { fallbackAction, notSimulated, validate, type Answer } from './exchange';
import { CloudError, isCloudError, messageOf } from './kernel/errors';
import { invariant } from './kernel/invariant';
import type { Handlers } from './loader';
import { lookup } from './kernel/records';
import { dropNullMembers, type ServiceModel } from './protocol/validate';
import { bodyText, type WireRequest, type WireResponse } from './protocol/wire';
import type { AnyService, ProtocolId, ServiceCode, SiteDescriptor } from './services';

export interface AnswerHooks {
  code(): Promise<ServiceCode<unknown, Handlers>>;
  /** The region the router found. */
  region: string;
  /** Where the resource a parsed request names lives, when nothing in the request said which region it is for. */
  locate(request: unknown): string | undefined;
  /** Who sent it: the front door's verdict on its signature (auth/authenticate.ts), or the error AWS answers a bad one with. */
  authenticate(): Caller | CloudError | Promise<Caller | CloudError>;
  context(region: string, caller: Caller): ActionContext;
  /** What authorizing a role session's request reads besides the request (auth/authorize.ts). */
  authorization: Omit<AuthorizationEnv, 'region' | 'secure'>;
}

export interface Answered {
  action: string;
  /** The request as the log shows it: parsed, or the body text when it could not be. */
  request: unknown;
  region: string;
  answer: Answer;
  /** Who sent it, once the front door has looked. */
  caller?: Caller;
  /** How IAM judged it, for a request made with issued credentials. */
  authorization?: AuthorizationRecord;
}

/** IAM's evaluator, loaded once with the first request made with issued credentials. */
let evaluatorModule: Promise<typeof import('./auth/authorize')> | undefined;
const iamEvaluator = () => (evaluatorModule ??= import('./auth/authorize'));

export async function answer(
  service: AnyService,
  model: ServiceModel,
  wire: WireRequest,
  meta: { requestId: string; date: string },
  hooks: AnswerHooks,
): Promise<Answered> {
  const protocol = service.protocol;
  // The action and request the log shows until the request is read (a failure before then logs the body as text).
  let action: string | undefined;
  let request: unknown = UNREAD;
  let region = hooks.region;
  let caller: Caller | undefined;
  let authorization: AuthorizationRecord | undefined;
  try {
    const extra = extraRoute(service, wire);
    if (extra) action = extra.r.action;
    const code = await hooks.code();
    let output: unknown;
    if (extra) {
      request = extra.params;
      const run = code.routes?.[extra.r.action];
      invariant(run, `the ${service.id} service routes ${action} but its code has no handler for it`);
      output = await run(hooks.context(region, { kind: 'anonymous' }), extra.params);
    } else {
      action = protocol.operationOf(wire, model) ?? fallbackAction(wire);
      const verdict = await hooks.authenticate();
      if (isCloudError(verdict)) throw verdict;
      caller = verdict;
      if (caller.kind === 'anonymous' && service.signatureRequired && !service.unsignedActions?.includes(action)) throw missingSignature(protocol.id);
      request = protocol.parse(wire, model, action);
      region = hooks.locate(request) ?? region;
      const handler = lookup(code.actions, action);
      if (!handler) throw notSimulated(service, model, action);
      validate(service, model, action, request);
      const env = { ...hooks.authorization, region, secure: wire.url.protocol === 'https:' };
      // IAM's evaluator loads with the first request made with issued credentials: user-pool lessons never download it.
      const iam = caller.kind === 'session' && service.authorization ? await iamEvaluator() : undefined;
      const judged = iam?.authorize(service, action, request, caller, env);
      authorization = judged?.record;
      if (judged?.error) throw judged.error;
      try {
        output = await handler(hooks.context(region, caller), dropNullMembers(request));
      } catch (error) {
        // An error AWS shows only to a caller with another permission (S3's NoSuchKey needs s3:ListBucket) becomes that denial.
        const hidden = iam && judged && isCloudError(error) ? iam.conceal(service, action, request, caller, env, error) : undefined;
        authorization = hidden?.record ?? authorization;
        throw hidden?.error ?? error;
      }
    }
    const answered = action ?? fallbackAction(wire);
    const parts = extra ? wellKnownDocument(output, meta) : protocol.serialize(model, answered, output, meta);
    return { action: answered, request, region, caller, authorization, answer: { parts: headless(wire, parts), output } };
  } catch (error) {
    const failure = isCloudError(error) ? error : new CloudError('InternalErrorException', `Internal error: ${messageOf(error)}`, 500);
    failure.service ??= service.id;
    return {
      action: action ?? fallbackAction(wire),
      request: request === UNREAD ? bodyText(wire.body) : request,
      region,
      caller,
      authorization,
      answer: { parts: headless(wire, protocol.serializeError(failure, meta, model)), error: failure },
    };
  }
}

/** The first extra route (a JWKS, a discovery document) the request's method and path match, with its parameters. */
function extraRoute(service: AnyService, wire: WireRequest): { r: NonNullable<AnyService['extraRoutes']>[number]; params: Record<string, string> } | undefined {
  for (const r of service.extraRoutes ?? []) {
    const params = r.match(wire.method, wire.url.pathname);
    if (params) return { r, params };
  }
  return undefined;
}

/** A request not read yet: the log then shows its body as text, decoded only when it is needed. */
const UNREAD: unique symbol = Symbol('unread');

/**
 * An extra route's answer: a public JSON document (a pool's JWKS or openid-configuration), served as `application/json`
 * whatever the service's protocol, since OIDC clients refuse any other type.
 */
function wellKnownDocument(output: unknown, meta: { requestId: string; date: string }): WireResponse {
  return {
    status: 200,
    headers: { 'content-type': 'application/json', 'x-amzn-requestid': meta.requestId, date: meta.date },
    body: JSON.stringify(output ?? {}),
  };
}

/** A response to HEAD carries the headers only (HTTP: S3's HeadObject and HeadBucket, and their errors, have no body). */
function headless(wire: WireRequest, parts: WireResponse): WireResponse {
  return wire.method === 'HEAD' ? { ...parts, body: '' } : parts;
}

/** An unsigned request to an action that needs a signature, in the protocol's words. */
function missingSignature(protocol: ProtocolId): CloudError {
  // [U] JSON services' status and wording for an unsigned call (Query services answer 403 "Request is missing Authentication Token").
  if (protocol === 'json') return new CloudError('MissingAuthenticationTokenException', 'Missing Authentication Token', 400);
  // S3 treats an unsigned request as the anonymous principal's; with no bucket policy granting it, the answer is AccessDenied.
  // SIMPLIFIED: no bucket policies or ACLs yet, so nothing is ever public.
  if (protocol === 'rest-xml') return new CloudError('AccessDenied', 'Access Denied', 403);
  return new CloudError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
}

/** A site's page, redirect or cookie; a site that fails answers 500 with the reason, as plain text. */
export async function visit(site: SiteDescriptor, params: Record<string, string>, wire: WireRequest, ctx: ActionContext<unknown>): Promise<WireResponse> {
  try {
    return await site.handle(ctx, wire, params);
  } catch (error) {
    return { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `The simulated site failed: ${messageOf(error)}` };
  }
}
