/** An identity pool over a user pool with a signed-in user, and roles that trust it, for the credential tests. */
import { cognitoTrustPolicy, type Cloud } from '../../../src/engine';
import { signedInUser } from '../../support/users';
import { sendSigned } from '../../support/sign';

export interface CredentialPool {
  identityPoolId: string;
  provider: string;
  clientId: string;
  userPoolId: string;
  logins: Record<string, string>;
  sub: string;
  authRole: string;
  guestRole: string;
}

/** Roles `Auth` and `Guest` with Cognito's trust policies and the given permissions; the pool's defaults are set to them. */
export async function credentialPool(cloud: Cloud, permissions: { auth?: object; guest?: object } = {}): Promise<CredentialPool> {
  const user = await signedInUser(cloud, 'abc.xyz@gmail.com');
  const provider = `cognito-idp.${cloud.region}.amazonaws.com/${user.userPoolId}`;
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: 'credentials',
    AllowUnauthenticatedIdentities: true,
    CognitoIdentityProviders: [{ ProviderName: provider, ClientId: user.clientId }],
  });
  const role = async (RoleName: string, amr: 'authenticated' | 'unauthenticated', policy?: object) => {
    const { Role } = await cloud.iam.createRole({ RoleName, AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(IdentityPoolId, amr)) });
    if (policy) await cloud.iam.putRolePolicy({ RoleName, PolicyName: 'permissions', PolicyDocument: JSON.stringify(policy) });
    return Role.Arn;
  };
  const authRole = await role('Auth', 'authenticated', permissions.auth);
  const guestRole = await role('Guest', 'unauthenticated', permissions.guest);
  await cloud.cognitoIdentity.setIdentityPoolRoles({ IdentityPoolId, Roles: { authenticated: authRole, unauthenticated: guestRole } });
  return {
    identityPoolId: IdentityPoolId,
    provider,
    clientId: user.clientId,
    userPoolId: user.userPoolId,
    logins: { [provider]: user.tokens.IdToken! },
    sub: user.sub,
    authRole,
    guestRole,
  };
}

export interface IdentityCredentials {
  AccessKeyId: string;
  SecretKey: string;
  SessionToken: string;
  Expiration: number;
}

/** As an SDK client or `sendSigned` takes them. */
export const keysOf = (c: IdentityCredentials) => ({ accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretKey, sessionToken: c.SessionToken });

/** GetCallerIdentity signed with an identity's credentials: the ARN it acts as. */
export async function callerArnOf(cloud: Cloud, credentials: IdentityCredentials): Promise<string | undefined> {
  const response = await sendSigned(cloud, 'https://sts.amazonaws.com/', 'Action=GetCallerIdentity&Version=2011-06-15', {
    credentials: keysOf(credentials),
    region: 'us-east-1',
  });
  return /<Arn>([^<]+)<\/Arn>/.exec(await response.text())?.[1];
}
