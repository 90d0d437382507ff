import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import type { ActionResult } from '../../../src/flows/fourKinds/actionList';
import { FOUR_KINDS_ACTIONS } from '../../../src/flows/fourKinds/actionList';
import { fourKindsMachine } from '../../../src/flows/fourKinds/machine';
import { FOUR_KINDS_BUCKET, ROLE_NAMES, type FourKindsSetup, type Kind } from '../../../src/flows/fourKinds/scenarios';
import type { ScenarioId } from '../../../src/flows/types';
import { wire } from '../support';

const ALLOWED = { allowed: true, status: 200 };
const choose = (kind: Kind) => ({ type: 'kind.choose', kind }) as EventObject;

/** Runs the whole list as one kind of user; returns the machine's results and what it needs to read them. */
async function runAs(kind: Kind, scenario: ScenarioId = 'fourKindsByToken') {
  const app = await wire(fourKindsMachine, scenario);
  await app.send(choose(kind));
  expect(app.snapshot().value, JSON.stringify(app.snapshot().context.error)).toBe('ready');
  const done = await app.send({ type: 'actions.run' });
  expect(done.value).toBe('ran');
  const { identityId, claims } = done.context;
  const results = done.context.results as Record<string, ActionResult>;
  const setup = app.setup as FourKindsSetup;
  const session = `arn:aws:sts::${app.cloud.accountId}:assumed-role/${ROLE_NAMES[kind]}/CognitoIdentityCredentials`;
  const s3Denied = (action: string, resource: string, because = 'no identity-based policy allows') => ({
    allowed: false,
    status: 403,
    code: 'AccessDenied',
    message: `User: ${session} is not authorized to perform: ${action} on resource: "${resource}" because ${because} the ${action} action`,
  });
  return { app, setup, results, identityId, claims, session, s3Denied };
}

describe('the four kinds of user try the same requests and get different, real decisions', () => {
  it('keeps one answer per action, in the order of the list', async () => {
    const { results } = await runAs('authenticated');
    expect(Object.keys(results)).toEqual(FOUR_KINDS_ACTIONS.map((a) => a.id));
  });

  it('lets the administrator, whose preferred role is the admins group’s, do everything on the list', async () => {
    const { results, claims, setup } = await runAs('admin');
    expect(claims.preferredRole).toBe(setup.roles.admin);
    for (const id of FOUR_KINDS_ACTIONS.map((a) => a.id)) expect(results[id], id).toMatchObject(ALLOWED);
  });

  it('lets the premium user read premium content and write its own prefix, and denies the rest with AWS’s reasons', async () => {
    const { results, claims, setup, session, s3Denied } = await runAs('premium');
    expect(claims.preferredRole).toBe(setup.roles.premium);
    expect(results['readPremiumReport']).toMatchObject(ALLOWED);
    expect(results['writeOwnNote']).toMatchObject(ALLOWED);
    expect(results['readSyncedSettings']).toMatchObject(ALLOWED);
    expect(results['listWholeBucket']).toMatchObject(s3Denied('s3:ListBucket', `arn:aws:s3:::${FOUR_KINDS_BUCKET}`));
    expect(results['listRoles']).toMatchObject({
      allowed: false,
      status: 403,
      code: 'AccessDenied',
      message: `User: ${session} is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::${session.split(':')[4]}:role/ because no identity-based policy allows the iam:ListRoles action`,
    });
  });

  it('lets the authenticated user write its own prefix and sync, and denies the premium report', async () => {
    const { results, claims, s3Denied } = await runAs('authenticated');
    expect(claims.preferredRole).toBeUndefined();
    expect(results['writeOwnNote']).toMatchObject(ALLOWED);
    expect(results['readSyncedSettings']).toMatchObject(ALLOWED);
    expect(results['readPremiumReport']).toMatchObject(s3Denied('s3:GetObject', `arn:aws:s3:::${FOUR_KINDS_BUCKET}/premium/report.txt`));
    expect(results['listWholeBucket']).toMatchObject(s3Denied('s3:ListBucket', `arn:aws:s3:::${FOUR_KINDS_BUCKET}`));
    expect(results['listRoles']).toMatchObject({ allowed: false, code: 'AccessDenied' });
  });

  it('lets the guest only sync (the article’s unauthenticated policy), and denies S3 and IAM', async () => {
    const { results, claims, identityId, s3Denied, session } = await runAs('guest');
    expect(claims).toBeUndefined();
    expect(results['readSyncedSettings']).toMatchObject(ALLOWED);
    expect(results['readPremiumReport']).toMatchObject(s3Denied('s3:GetObject', `arn:aws:s3:::${FOUR_KINDS_BUCKET}/premium/report.txt`));
    expect(results['writeOwnNote']).toMatchObject(s3Denied('s3:PutObject', `arn:aws:s3:::${FOUR_KINDS_BUCKET}/${identityId}/note.txt`));
    // The guest role grants no IAM action, so the role's policy is the reason given (the scope-down would refuse it too).
    expect(results['listRoles']).toMatchObject({
      allowed: false,
      code: 'AccessDenied',
      message: `User: ${session} is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::${session.split(':')[4]}:role/ because no identity-based policy allows the iam:ListRoles action`,
    });
  });

  it.each(['admin', 'premium', 'authenticated', 'guest'] as const)('gives the %s the same decisions when roles are mapped by rules', async (kind) => {
    const byToken = await runAs(kind, 'fourKindsByToken');
    const byRules = await runAs(kind, 'fourKindsByRules');
    const decisions = (r: typeof byToken.results) => Object.fromEntries(Object.entries(r).map(([id, result]) => [id, [result.allowed, result.code]]));
    expect(decisions(byRules.results)).toEqual(decisions(byToken.results));
    expect(byRules.claims?.preferredRole).toBeUndefined();
    if (kind !== 'guest') expect(byRules.claims?.plan).toBe(kind === 'authenticated' ? 'free' : 'premium');
  });

  it('shows a sign-in failure in words and lets the learner choose again', async () => {
    const app = await wire(fourKindsMachine, 'fourKindsByToken');
    await app.cloud.cognitoIdp.adminDisableUser({ UserPoolId: app.setup.userPoolId!, Username: (app.setup as FourKindsSetup).users.premium.username });
    const failed = await app.send(choose('premium'));
    expect(failed.value).toBe('failed');
    expect(failed.context.error).toEqual({ code: 'NotAuthorizedException', message: 'User is disabled.' });
    expect((await app.send(choose('guest'))).value).toBe('ready');
    expect((await app.send({ type: 'kind.change' })).context.kind).toBeUndefined();
  });
});
