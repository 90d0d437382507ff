/**
 * The article's four kinds of user, built in a fresh cloud through the public API: a user pool with an administrator, a
 * premium (paid) user and the article's ordinary user; an identity pool that lets guests in; one IAM role per kind, each
 * with its own permissions; and a bucket with a premium report. `fourKindsByToken` maps roles by the ID token's
 * `cognito:preferred_role` (user-pool groups with RoleArn and Precedence); `fourKindsByRules` maps them by rules on the
 * token's claims (`cognito:groups`, `custom:plan`). One provider has one mapping of one type, hence two scenarios.
 */
import {
  ARTICLE_AUTHENTICATED_ROLE_POLICY,
  ARTICLE_UNAUTHENTICATED_ROLE_POLICY,
  cognitoTrustPolicy,
  perIdentityS3Policy,
  userPoolIssuer,
  type Cloud,
} from '../../engine';

export * from './kinds';
import { FOUR_KINDS_BUCKET, FOUR_KINDS_USERS, KIND_LABELS, KINDS, PREMIUM_REPORT_KEY, ROLE_NAMES, type FourKindsSetup, type Kind } from './kinds';

/** The groups and their precedence (lower wins `cognito:preferred_role`). */
const GROUPS = [
  { GroupName: 'admins', kind: 'admin', Precedence: 1, Description: 'Administrators: the whole bucket, and read access to IAM.' },
  { GroupName: 'premium', kind: 'premium', Precedence: 2, Description: 'Paying customers: the premium content.' },
] as const;

const statement = (Action: string[], Resource: string[], extra: object = {}) => ({ Effect: 'Allow', Action, Resource, ...extra });

/** Each role's permissions: what sets the kinds apart. */
function permissions(bucket: string): Record<Kind, object> {
  const own = perIdentityS3Policy(bucket).Statement;
  const premium = [
    statement(['s3:GetObject', 's3:PutObject'], [`arn:aws:s3:::${bucket}/premium/*`]),
    statement(['s3:ListBucket'], [`arn:aws:s3:::${bucket}`], { Condition: { StringLike: { 's3:prefix': ['premium/*'] } } }),
  ];
  return {
    admin: {
      Version: '2012-10-17',
      Statement: [
        statement(['s3:*'], [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`]),
        statement(['iam:Get*', 'iam:List*'], ['*']),
        ...ARTICLE_AUTHENTICATED_ROLE_POLICY.Statement,
      ],
    },
    premium: { Version: '2012-10-17', Statement: [...ARTICLE_AUTHENTICATED_ROLE_POLICY.Statement, ...own, ...premium] },
    authenticated: { Version: '2012-10-17', Statement: [...ARTICLE_AUTHENTICATED_ROLE_POLICY.Statement, ...own] },
    guest: ARTICLE_UNAUTHENTICATED_ROLE_POLICY,
  };
}

async function createUsers(cloud: Cloud, userPoolId: string): Promise<void> {
  const idp = cloud.cognitoIdp;
  for (const user of Object.values(FOUR_KINDS_USERS)) {
    await idp.adminCreateUser({
      UserPoolId: userPoolId,
      Username: user.username,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: user.username },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'custom:plan', Value: user.plan },
      ],
    });
    await idp.adminSetUserPassword({ UserPoolId: userPoolId, Username: user.username, Password: user.password, Permanent: true });
  }
}

async function createRoles(cloud: Cloud, identityPoolId: string, bucket: string): Promise<Record<Kind, string>> {
  const documents = permissions(bucket);
  const roles = {} as Record<Kind, string>;
  for (const kind of KINDS) {
    const { Role } = await cloud.iam.createRole({
      RoleName: ROLE_NAMES[kind],
      AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(identityPoolId, kind === 'guest' ? 'unauthenticated' : 'authenticated')),
      Description: `The ${KIND_LABELS[kind].toLowerCase()}'s role.`,
    });
    await cloud.iam.putRolePolicy({ RoleName: Role.RoleName, PolicyName: 'permissions', PolicyDocument: JSON.stringify(documents[kind]) });
    roles[kind] = Role.Arn;
  }
  return roles;
}

/** Everything both scenarios share; the groups get their roles only when the mapping is by token. */
async function fourKinds(cloud: Cloud, mapping: 'Token' | 'Rules'): Promise<FourKindsSetup> {
  const idp = cloud.cognitoIdp;
  const { UserPool } = await idp.createUserPool({
    PoolName: 'four-kinds-pool',
    AutoVerifiedAttributes: ['email'],
    Schema: [
      { Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true },
      { Name: 'plan', AttributeDataType: 'String', Mutable: true },
    ],
  });
  const { UserPoolClient } = await idp.createUserPoolClient({
    UserPoolId: UserPool.Id,
    ClientName: 'four-kinds-app',
    ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  const provider = userPoolIssuer(UserPool.Id).replace(/^https:\/\//, '');
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: 'four_kinds',
    AllowUnauthenticatedIdentities: true,
    CognitoIdentityProviders: [{ ProviderName: provider, ClientId: UserPoolClient.ClientId }],
  });
  const roles = await createRoles(cloud, IdentityPoolId, FOUR_KINDS_BUCKET);
  await createUsers(cloud, UserPool.Id);
  for (const group of GROUPS) {
    await idp.createGroup({
      UserPoolId: UserPool.Id,
      GroupName: group.GroupName,
      Description: group.Description,
      // By rules the groups only sort people: the identity pool's rules, not the group, name the role.
      ...(mapping === 'Token' ? { RoleArn: roles[group.kind], Precedence: group.Precedence } : {}),
    });
  }
  for (const user of Object.values(FOUR_KINDS_USERS))
    for (const GroupName of user.groups) await idp.adminAddUserToGroup({ UserPoolId: UserPool.Id, Username: user.username, GroupName });
  await cloud.cognitoIdentity.setIdentityPoolRoles({
    IdentityPoolId,
    Roles: { authenticated: roles.authenticated, unauthenticated: roles.guest },
    RoleMappings: { [`${provider}:${UserPoolClient.ClientId}`]: roleMapping(mapping, roles) },
  });
  await cloud.s3.createBucket({ Bucket: FOUR_KINDS_BUCKET });
  await cloud.s3.putObject({ Bucket: FOUR_KINDS_BUCKET, Key: PREMIUM_REPORT_KEY, Body: 'The premium report: for paying customers only.' });
  const users = Object.fromEntries(Object.entries(FOUR_KINDS_USERS).map(([kind, u]) => [kind, { username: u.username, password: u.password }]));
  return {
    userPoolId: UserPool.Id,
    clientId: UserPoolClient.ClientId,
    identityPoolId: IdentityPoolId,
    providerName: provider,
    bucket: FOUR_KINDS_BUCKET,
    region: cloud.region,
    mapping,
    users: users as FourKindsSetup['users'],
    roles,
  };
}

/**
 * By token: the ID token's `cognito:preferred_role` (from the group with the lowest Precedence); a user in no group with
 * a role has none, and AmbiguousRoleResolution gives the pool's authenticated role. By rules: in order, the first match
 * wins, so the administrators' rule comes before the premium plan's (the administrator pays too).
 */
function roleMapping(mapping: 'Token' | 'Rules', roles: Record<Kind, string>) {
  if (mapping === 'Token') return { Type: 'Token' as const, AmbiguousRoleResolution: 'AuthenticatedRole' as const };
  return {
    Type: 'Rules' as const,
    AmbiguousRoleResolution: 'AuthenticatedRole' as const,
    RulesConfiguration: {
      Rules: [
        { Claim: 'cognito:groups', MatchType: 'Contains' as const, Value: 'admins', RoleARN: roles.admin },
        { Claim: 'custom:plan', MatchType: 'Equals' as const, Value: 'premium', RoleARN: roles.premium },
      ],
    },
  };
}

/** Roles by the token's preferred role (groups with RoleArn and Precedence). */
export const fourKindsByToken = (cloud: Cloud): Promise<FourKindsSetup> => fourKinds(cloud, 'Token');
/** Roles by rules on the token's claims (`cognito:groups`, then `custom:plan`). */
export const fourKindsByRules = (cloud: Cloud): Promise<FourKindsSetup> => fourKinds(cloud, 'Rules');
