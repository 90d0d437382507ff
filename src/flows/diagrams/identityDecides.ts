/**
 * Who asks, with what, and who decides, for the identity side of the cloud: identity pools (cognito-identity), STS, IAM, S3
 * and Cognito Sync. The user pool's table is `whoDecides.ts`; this one is chosen by the service that answered.
 *
 * Labels, decided per action:
 * - GetId, GetCredentialsForIdentity, UnlinkIdentity: authorization. The pool decides whether this login (or a guest) may have
 *   an identity and which role it gets; the user pool already proved who the user is.
 * - GetOpenIdToken: authentication. The identity pool vouches for who the identity is with a signed OpenID token; the token
 *   grants nothing by itself, STS decides what it may become.
 * - AssumeRoleWithWebIdentity: authorization. STS decides, by the role's trust policy, whether the token may act as the role.
 * - GetCallerIdentity: authentication. It says who the signature proves the caller is; no permission is needed for it.
 * - S3 and Sync calls, and the developer's identity pool and IAM calls: authorization. IAM decides by the caller's policies.
 * - The identity pool's OpenID discovery and keys: public documents, no identity checked.
 */
import { cognitoIdentity, cognitoIdp, cognitoSync, iam, s3, sts, type LogEntry } from '../../engine';
import type { MessageLabel, WhoDecides } from './whoDecides';

/** What the identity side's table reads of a log entry. */
export type IdentityEntry = Pick<LogEntry, 'action' | 'request'> & {
  service?: string;
  signedBy?: LogEntry['signedBy'];
  authorization?: Pick<NonNullable<LogEntry['authorization']>, 'action' | 'decision'>;
};

const SIGV4 = 'AWS credentials, signed with SigV4';
const SESSION = 'the identity’s temporary credentials (an ASIA… key and its session token), signed with SigV4';
const ADMIN = 'an AWS administrator';

const admin = (decides = 'IAM decides, by the administrator’s policies', label: MessageLabel = 'authorization'): WhoDecides => ({
  type: 'iam',
  who: ADMIN,
  with: SIGV4,
  decides,
  label,
  iamChecked: true,
});

/** The services this table answers for. */
const IDENTITY_SIDE = new Set([cognitoIdentity.id, sts.id, iam.id, s3.id, cognitoSync.id]);

/** Whether the entry was answered by the identity side (identity pool, STS, IAM, S3, Sync). */
export function isIdentitySide(entry: { service?: string }): boolean {
  return entry.service !== undefined && IDENTITY_SIDE.has(entry.service);
}

const loginsOf = (request: Record<string, unknown>) => {
  const logins = request['Logins'];
  return logins && typeof logins === 'object' ? Object.keys(logins) : [];
};

/** "the user pool's ID token in Logins", or the providers' names when they are not user pools. */
function loginWords(providers: string[]): string {
  if (providers.every((p) => p.startsWith(`${cognitoIdp.endpointPrefix}.`))) return `the user pool’s ID token in Logins`;
  return `the ${providers.join(' and ')} token in Logins`;
}

function identityPoolRow(entry: IdentityEntry, request: Record<string, unknown>): WhoDecides {
  const providers = loginsOf(request);
  const guest = providers.length === 0;
  const who = guest ? 'a guest (anyone with the app)' : 'the user';
  const carrying = (first: string) => (guest ? `${first}, and no login` : `${first} and ${loginWords(providers)}`);
  switch (entry.action) {
    case 'GetId':
      return {
        type: 'public',
        who,
        with: carrying('the IdentityPoolId'),
        decides: guest
          ? 'the identity pool decides: it must allow guests (unauthenticated identities)'
          : 'the identity pool decides: it checks the token’s issuer, audience and signature, then finds or creates the identity',
        label: 'authorization',
      };
    case 'GetCredentialsForIdentity':
      return {
        type: 'public',
        who,
        with: carrying('the IdentityId'),
        decides: `the identity pool decides which role (${guest ? 'the guest role' : 'the authenticated role or a mapped one'}), and STS checks that role’s trust policy`,
        label: 'authorization',
      };
    case 'GetOpenIdToken':
      return {
        type: 'public',
        who,
        with: carrying('the IdentityId'),
        decides: 'the identity pool vouches for who the identity is with a signed OpenID token; the token grants nothing by itself',
        label: 'authentication',
      };
    case 'UnlinkIdentity':
      return {
        type: 'public',
        who: 'the user',
        with: carrying('the IdentityId, the login to remove'),
        decides: 'the identity pool decides: the logins must prove the identity is theirs',
        label: 'authorization',
      };
    case 'GetJwks':
    case 'GetOpenIdConfiguration':
      return { type: 'public', who: 'anyone', with: 'nothing: a public document', decides: 'no identity is checked', label: 'public' };
    default:
      return admin();
  }
}

function stsRow(entry: IdentityEntry, request: Record<string, unknown>): WhoDecides {
  if (entry.action === 'AssumeRoleWithWebIdentity') {
    const role = typeof request['RoleArn'] === 'string' ? request['RoleArn'].split('/').at(-1) : undefined;
    return {
      type: 'public',
      who: 'the app, for an identity',
      with: `the identity pool’s OpenID token and the ${role ? `role ${role}` : 'RoleArn'}`,
      decides: 'STS decides: the role’s trust policy must trust the identity pool, and the token’s aud and amr',
      label: 'authorization',
    };
  }
  if (entry.action === 'GetCallerIdentity')
    return { ...signedBy(entry), decides: 'STS says who the signature proves the caller is; no permission is needed', label: 'authentication' };
  return signedBy(entry);
}

/** A signed call: the identity's role session (an `ASIA…` key) or the administrator. */
function signedBy(entry: IdentityEntry): WhoDecides {
  const key = entry.signedBy?.accessKeyId;
  if (!key?.startsWith('ASIA')) return admin();
  const judged = entry.authorization;
  const verdict = judged ? `: ${judged.action} is ${judged.decision === 'allow' ? 'allowed' : 'denied'}` : '';
  return {
    type: 'iam',
    who: 'the identity, as its role’s session',
    with: SESSION,
    decides: `IAM decides by the role’s permissions policy (and the session policy, for a guest)${verdict}`,
    label: 'authorization',
    iamChecked: true,
  };
}

/** The identity side's row for a request, or undefined when another service answered it. */
export function identityDecides(entry: IdentityEntry): WhoDecides | undefined {
  if (!isIdentitySide(entry)) return undefined;
  const request = entry.request && typeof entry.request === 'object' ? (entry.request as Record<string, unknown>) : {};
  if (entry.service === cognitoIdentity.id) return identityPoolRow(entry, request);
  if (entry.service === sts.id) return stsRow(entry, request);
  return signedBy(entry);
}
