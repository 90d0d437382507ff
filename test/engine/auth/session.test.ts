// Requests signed with the temporary credentials STS issues (GetId → GetOpenIdToken → AssumeRoleWithWebIdentity), end
// to end: the front door verifies them, IAM's role policies (read when each request arrives) and the session's policies
// decide, and the log keeps the decision and its trace.
import { describe, expect, it } from 'vitest';
import { perIdentityS3Policy, type LogEntry } from '../../../src/engine';
import { newCloud } from '../../support/cloud';
import { issueTestCredentials, type TestCredentials } from '../../support/credentials';
import { sendSigned } from '../../support/sign';

type Cloud = Awaited<ReturnType<typeof newCloud>>;

const BUCKET = 'photos';
const objectUrl = (key: string) => `https://${BUCKET}.s3.us-east-1.amazonaws.com/${key}`;

/** The S3 error's code and message, read from its XML body. */
async function s3ErrorOf(response: Response): Promise<{ status: number; code?: string; message?: string }> {
  const text = await response.text();
  const pick = (tag: string) => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(text)?.[1]?.replace(/&quot;/g, '"');
  return { status: response.status, code: pick('Code'), message: pick('Message') };
}

const lastEntry = (cloud: Cloud): LogEntry => cloud.log.entries.at(-1)!;

async function setUp(rolePolicies: Record<string, object>, options: { policy?: object } = {}): Promise<{ cloud: Cloud; session: TestCredentials }> {
  const cloud = await newCloud();
  await cloud.s3.createBucket({ Bucket: BUCKET });
  const session = await issueTestCredentials(cloud, { rolePolicies, ...options });
  return { cloud, session };
}

const put = (cloud: Cloud, session: TestCredentials, key: string, body = 'hello') =>
  sendSigned(cloud, objectUrl(key), body, { method: 'PUT', credentials: session.credentials });

describe('requests signed with issued credentials', () => {
  it('lets an identity write under its own prefix and refuses another’s, with S3’s AccessDenied wording', async () => {
    const { cloud, session } = await setUp({ s3: perIdentityS3Policy(BUCKET) });
    const own = await put(cloud, session, `${session.identityId}/note.txt`);
    expect(own.status).toBe(200);
    expect(lastEntry(cloud).authorization).toMatchObject({ action: 's3:PutObject', decision: 'allow', reason: 'identity' });

    const other = await put(cloud, session, 'someone-else/note.txt');
    expect(await s3ErrorOf(other)).toEqual({
      status: 403,
      code: 'AccessDenied',
      message: `User: ${session.assumedRoleArn} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::${BUCKET}/someone-else/note.txt" because no identity-based policy allows the s3:PutObject action`,
    });
    const entry = lastEntry(cloud);
    expect(entry.error?.code).toBe('AccessDenied');
    expect(entry.authorization).toMatchObject({ action: 's3:PutObject', resource: `arn:aws:s3:::${BUCKET}/someone-else/note.txt`, decision: 'implicitDeny' });
    expect(entry.authorization?.trace.policies.map((p) => [p.type, p.name])).toEqual([['identity', 's3']]);
  });

  it('lists only the identity’s own prefix (the s3:prefix condition)', async () => {
    const { cloud, session } = await setUp({ s3: perIdentityS3Policy(BUCKET) });
    const list = (prefix: string) =>
      sendSigned(cloud, `https://${BUCKET}.s3.us-east-1.amazonaws.com/?list-type=2&prefix=${encodeURIComponent(prefix)}`, '', {
        method: 'GET',
        credentials: session.credentials,
      });
    expect((await list(`${session.identityId}/`)).status).toBe(200);
    expect(lastEntry(cloud).authorization?.trace.policies[0]?.statements[0]?.conditions[0]).toMatchObject({ key: 's3:prefix', result: true });
    expect(await s3ErrorOf(await list(''))).toMatchObject({ status: 403, code: 'AccessDenied' });
  });

  it('applies a role policy changed after the credentials were issued', async () => {
    const { cloud, session } = await setUp({ s3: perIdentityS3Policy(BUCKET) });
    expect((await put(cloud, session, 'shared/note.txt')).status).toBe(403);
    await cloud.iam.putRolePolicy({
      RoleName: 'test-guest-role',
      PolicyName: 'shared',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:PutObject', Resource: `arn:aws:s3:::${BUCKET}/shared/*` }],
      }),
    });
    expect((await put(cloud, session, 'shared/note.txt')).status).toBe(200);
    expect(lastEntry(cloud).authorization?.trace.decidedBy).toEqual([{ type: 'identity', policyIndex: 1, policyName: 'shared', statementIndex: 0 }]);
  });

  it('narrows the role by the session policy: what it does not allow is denied by no session policy', async () => {
    const everything = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] };
    const readOnly = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
    const { cloud, session } = await setUp({ everything }, { policy: readOnly });
    expect(await s3ErrorOf(await put(cloud, session, 'a.txt'))).toEqual({
      status: 403,
      code: 'AccessDenied',
      message: `User: ${session.assumedRoleArn} is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::${BUCKET}/a.txt" because no session policy allows the s3:PutObject action`,
    });
    expect(lastEntry(cloud).authorization).toMatchObject({ decision: 'implicitDeny', reason: 'session' });
  });

  it('answers GetCallerIdentity under an explicit Deny of everything, and does not evaluate it', async () => {
    const { cloud, session } = await setUp({ deny: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] } });
    const body = 'Action=GetCallerIdentity&Version=2011-06-15';
    const response = await sendSigned(cloud, 'https://sts.amazonaws.com/', body, { credentials: session.credentials, region: 'us-east-1' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`<Arn>${session.assumedRoleArn}</Arn>`);
    expect(lastEntry(cloud).authorization).toBeUndefined();
    expect((await put(cloud, session, `${session.identityId}/a.txt`)).status).toBe(403);
    expect(lastEntry(cloud).authorization).toMatchObject({ decision: 'explicitDeny' });
  });

  it('does not evaluate the administrator’s requests', async () => {
    const { cloud } = await setUp({});
    await cloud.s3.putObject({ Bucket: BUCKET, Key: 'admin.txt', Body: 'x' } as never);
    expect(lastEntry(cloud).authorization).toBeUndefined();
    expect(lastEntry(cloud).status).toBe(200);
  });
});
