// The authorization step inside the request pipeline (answer.ts): a role session's request is judged after it is parsed
// and validated, before the service's code runs; a denial is answered in the service's protocol.
import { describe, expect, it } from 'vitest';
import { answer, type AnswerHooks } from '../../../src/engine/answer';
import type { ActionContext } from '../../../src/engine/context';
import type { IamState } from '../../../src/engine/iam/model';
import { readRequest } from '../../../src/engine/exchange';
import { bodyText } from '../../../src/engine/protocol/wire';
import type { Handlers } from '../../../src/engine/loader';
import type { ServiceCode } from '../../../src/engine/services';
import { perIdentityS3Policy, s3, type S3State } from '../../../src/engine';
import { newCloud } from '../../support/cloud';
import { IDENTITY, OTHER, ROLE_KEY, SESSION_ARN, iamWith, session } from './fixtures';

const caller = session();
const iam = iamWith({ s3: perIdentityS3Policy('photos') });

/** Sends one S3 request through answer() as the role session, against a cloud's S3 state holding the bucket `photos`. */
async function send(method: string, path: string, roles: IamState = iam) {
  const cloud = await newCloud();
  await cloud.s3.createBucket({ Bucket: 'photos' });
  await cloud.s3.putObject({ Bucket: 'photos', Key: `${OTHER}/secret.txt`, Body: 'theirs' } as never);
  await cloud.s3.putObject({ Bucket: 'photos', Key: `${IDENTITY}/mine.txt`, Body: 'mine' } as never);
  const state = cloud.records(s3);
  const ran: string[] = [];
  const code = (await s3.code()) as unknown as ServiceCode<unknown, Handlers>;
  const hooks: AnswerHooks = {
    code: async () => code,
    region: 'us-east-1',
    locate: () => undefined,
    authenticate: () => caller,
    context: (region) => {
      ran.push(region);
      return { now: cloud.clock.now(), region, accountId: cloud.accountId, state, caller } as unknown as ActionContext;
    },
    authorization: { accountId: cloud.accountId, now: cloud.clock.now(), iam: () => roles },
  };
  const wire = await readRequest(`https://s3.us-east-1.amazonaws.com${path}`, { method });
  const answered = await answer(s3, await s3.model(), wire, { requestId: 'req-1', date: new Date(cloud.clock.now()).toUTCString() }, hooks);
  return { answered, ran, state: state as S3State };
}

describe('the pipeline’s authorization step', () => {
  it('lets an allowed request reach the service and keeps the decision', async () => {
    const { answered, ran } = await send('GET', `/photos/${IDENTITY}/mine.txt`);
    expect(answered.answer.parts.status).toBe(200);
    expect(ran).toEqual(['us-east-1']);
    expect(answered.authorization).toMatchObject({ action: 's3:GetObject', resource: `arn:aws:s3:::photos/${IDENTITY}/mine.txt`, decision: 'allow' });
  });

  it('answers a denied request AccessDenied in S3’s XML before the service runs', async () => {
    const { answered, ran } = await send('GET', `/photos/${OTHER}/secret.txt`);
    const message = `User: ${SESSION_ARN} is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::photos/${OTHER}/secret.txt" because no identity-based policy allows the s3:GetObject action`;
    expect(ran).toEqual([]);
    expect(answered.answer.parts.status).toBe(403);
    expect(answered.answer.error?.code).toBe('AccessDenied');
    expect(answered.answer.error?.message).toBe(message);
    expect(bodyText(answered.answer.parts.body)).toContain('<Code>AccessDenied</Code>');
    expect(bodyText(answered.answer.parts.body)).toContain('is not authorized to perform: s3:GetObject on resource: &quot;arn:aws:s3:::photos/');
    expect(answered.authorization).toMatchObject({ decision: 'implicitDeny', reason: 'identity', message });
    expect(answered.authorization?.trace.request).toEqual({
      principal: SESSION_ARN,
      action: 's3:GetObject',
      resource: `arn:aws:s3:::photos/${OTHER}/secret.txt`,
    });
  });

  it('refuses a delete the policy does not allow, and the object stays', async () => {
    const { answered, state } = await send('DELETE', `/photos/${IDENTITY}/mine.txt`);
    expect(answered.answer.error?.code).toBe('AccessDenied');
    expect(Object.keys(state.buckets['photos']!.objects).sort()).toEqual([`${IDENTITY}/mine.txt`, `${OTHER}/secret.txt`]);
  });

  it('answers a missing key AccessDenied to a caller not allowed s3:ListBucket, and NoSuchKey to one allowed it', async () => {
    const hidden = await send('GET', `/photos/${IDENTITY}/missing.txt`);
    expect(hidden.answered.answer.parts.status).toBe(403);
    expect(hidden.answered.answer.error?.code).toBe('AccessDenied');
    expect(hidden.answered.answer.error?.message).toBe(
      `User: ${SESSION_ARN} is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::photos" because no identity-based policy allows the s3:ListBucket action`,
    );
    expect(hidden.answered.authorization).toMatchObject({ action: 's3:ListBucket', resource: 'arn:aws:s3:::photos', decision: 'implicitDeny' });
    const head = await send('HEAD', `/photos/${IDENTITY}/missing.txt`);
    expect(head.answered.answer.parts.status).toBe(403);

    const listing = structuredClone(iam);
    listing.roles[ROLE_KEY]!.inlinePolicies['list'] = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::photos' }],
    });
    const shown = await send('GET', `/photos/${IDENTITY}/missing.txt`, listing);
    expect(shown.answered.answer.parts.status).toBe(404);
    expect(shown.answered.answer.error?.code).toBe('NoSuchKey');
    expect(shown.answered.authorization).toMatchObject({ action: 's3:GetObject', decision: 'allow' });
  });
});
