/**
 * The starting point of "an identity pool with a social token": no user pool anywhere. The app (a single-page app on
 * http://localhost) has its own Google OAuth client; an identity pool trusts that client's ID tokens
 * (`SupportedLoginProviders: {"accounts.google.com": <client id>}`); its authenticated role lets Cognito assume it for
 * this pool's authenticated identities and may write under the identity's own prefix in the app's bucket, nothing else.
 */
import { cognitoTrustPolicy, GOOGLE_SPA_CLIENT, IDENTITY_ID_VARIABLE, type Cloud } from '../../engine';
import type { ScenarioSetup } from '../types';

export const GOOGLE_APP_URL = 'http://localhost';
export const PHOTO_BUCKET = 'photo-notes';
export const GOOGLE_ROLE_NAME = 'PhotoNotes_Google_Role';
export const GOOGLE_POLICY_NAME = 'own-prefix';
/** What the identity pool is called in the console. */
export const GOOGLE_POOL_NAME = 'photo_notes';

/** The role's permissions: its identity's own objects in the bucket (the `sub` variable is the identity id); no listing. */
export function ownPrefixPolicy(bucket: string) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'OwnPrefixOnly',
        Effect: 'Allow',
        Action: ['s3:PutObject', 's3:GetObject'],
        Resource: [`arn:aws:s3:::${bucket}/${IDENTITY_ID_VARIABLE}/*`],
      },
    ],
  };
}

export async function googleIdentityPoolScenario(cloud: Cloud): Promise<ScenarioSetup> {
  const googleClientId = GOOGLE_SPA_CLIENT.clientId;
  const { IdentityPoolId } = await cloud.cognitoIdentity.createIdentityPool({
    IdentityPoolName: GOOGLE_POOL_NAME,
    AllowUnauthenticatedIdentities: false,
    // The basic flow (GetOpenIdToken, then STS) is the lesson's optional branch.
    AllowClassicFlow: true,
    SupportedLoginProviders: { 'accounts.google.com': googleClientId },
  });
  const { Role } = await cloud.iam.createRole({
    RoleName: GOOGLE_ROLE_NAME,
    AssumeRolePolicyDocument: JSON.stringify(cognitoTrustPolicy(IdentityPoolId, 'authenticated')),
  });
  await cloud.iam.putRolePolicy({ RoleName: GOOGLE_ROLE_NAME, PolicyName: GOOGLE_POLICY_NAME, PolicyDocument: JSON.stringify(ownPrefixPolicy(PHOTO_BUCKET)) });
  await cloud.cognitoIdentity.setIdentityPoolRoles({ IdentityPoolId, Roles: { authenticated: Role.Arn } });
  await cloud.s3.createBucket({ Bucket: PHOTO_BUCKET });
  return {
    identityPoolId: IdentityPoolId,
    googleClientId,
    bucket: PHOTO_BUCKET,
    authRoleName: GOOGLE_ROLE_NAME,
    authRoleArn: Role.Arn,
    region: cloud.region,
  };
}
