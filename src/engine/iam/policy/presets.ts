/**
 * Policies the course starts from: the article's role policies for the identity pool's authenticated and guest roles,
 * the trust policy Cognito documents for those roles, and the scope-down session policies Cognito adds to a guest's
 * credentials in the enhanced flow. Documents are plain JSON data, as IAM stores them.
 */

/** The article's permissions policy for the authenticated role. */
export const ARTICLE_AUTHENTICATED_ROLE_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['mobileanalytics:PutEvents', 'cognito-sync:*', 'cognito-identity:*'], Resource: ['*'] }],
} as const;

/** The article's permissions policy for the unauthenticated (guest) role. */
export const ARTICLE_UNAUTHENTICATED_ROLE_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['mobileanalytics:PutEvents', 'cognito-sync:*'], Resource: ['*'] }],
} as const;

/**
 * A role's trust policy for an identity pool (Cognito Developer Guide, "Role trust and permissions"): web identities
 * from cognito-identity.amazonaws.com, the token's `aud` the pool, one `amr` value `authenticated` or `unauthenticated`.
 */
export function cognitoTrustPolicy(identityPoolId: string, amr: 'authenticated' | 'unauthenticated') {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: 'cognito-identity.amazonaws.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { 'cognito-identity.amazonaws.com:aud': identityPoolId },
          'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': amr },
        },
      },
    ],
  };
}

/** The policy variable an identity pool's role session resolves to its identity id (`<region>:<uuid>`). */
export const IDENTITY_ID_VARIABLE = '${cognito-identity.amazonaws.com:sub}';

/**
 * Per-identity S3 access (Cognito Developer Guide, "IAM roles", access policy example 2): list the identity's prefix,
 * get and put its objects.
 */
export function perIdentityS3Policy(bucket: string) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Action: ['s3:ListBucket'],
        Effect: 'Allow',
        Resource: [`arn:aws:s3:::${bucket}`],
        Condition: { StringLike: { 's3:prefix': ['${cognito-identity.amazonaws.com:sub}/*'] } },
      },
      { Action: ['s3:GetObject', 's3:PutObject'], Effect: 'Allow', Resource: [`arn:aws:s3:::${bucket}/\${cognito-identity.amazonaws.com:sub}/*`] },
    ],
  };
}

/**
 * Per-identity Cognito Sync access (Cognito Developer Guide, "IAM roles", access policy example 1): every Sync action on
 * the identity's own datasets only, its pool and identity named by policy variables.
 */
export function perIdentitySyncPolicy(region: string, accountId: string) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: 'cognito-sync:*',
        Resource: `arn:aws:cognito-sync:${region}:${accountId}:identitypool/\${cognito-identity.amazonaws.com:aud}/identity/\${cognito-identity.amazonaws.com:sub}/*`,
      },
    ],
  };
}

/**
 * The scope-down Cognito applies to guests' credentials from GetCredentialsForIdentity (Cognito Developer Guide, "IAM
 * roles", access policies: "Amazon Cognito applies a scope-down policy … to prevent access to services other than the
 * ones listed below for your unauthenticated users"): AppSync, CloudWatch, Cognito Identity and Sync, Comprehend,
 * DynamoDB, GameLift, IoT, KMS, Kinesis Data Firehose and Data Streams, Lambda, Lex, Location, Machine Learning, Mobile
 * Analytics, Pinpoint, Polly, Rekognition, SimpleDB, SES, SNS, SQS, S3, Sumerian, Transcribe, Translate; KMS, SageMaker,
 * Textract and Sumerian only for some actions.
 * [U] AWS publishes the list as service names, not as this document: the IAM prefixes (`mobiletargeting` for Pinpoint,
 * `geo` for Location, `sdb` for SimpleDB) and the whole-service wildcards are ours. The actions the managed policy
 * below covers are left to it.
 */
export const GUEST_SCOPE_DOWN_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: [
        'appsync:*',
        'cloudwatch:*',
        'cognito-identity:*',
        'cognito-sync:*',
        'dynamodb:*',
        'gamelift:*',
        'iot:*',
        'kinesis:*',
        'lambda:*',
        'lex:*',
        'machinelearning:*',
        'mobileanalytics:*',
        'sdb:*',
        'ses:*',
        'sns:*',
        'sqs:*',
        's3:*',
        'sumerian:View*',
        'textract:DetectDocumentText',
        'textract:AnalyzeDocument',
      ],
      Resource: '*',
    },
  ],
} as const;

/**
 * The AWS managed policy `arn:aws:iam::aws:policy/AmazonCognitoUnAuthedIdentitiesSessionPolicy` (version v3, edited
 * 2024-11-01, AWS Managed Policy reference), which Cognito includes as a session policy for guests.
 */
export const AMAZON_COGNITO_UNAUTHED_IDENTITIES_SESSION_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'CognitoUnAuthedIdentitiesSessionPolicy',
      Effect: 'Allow',
      Action: [
        'rum:PutRumEvents',
        'sagemaker:InvokeEndpoint',
        'polly:*',
        'comprehend:*',
        'translate:*',
        'transcribe:*',
        'rekognition:*',
        'mobiletargeting:*',
        'firehose:*',
        'personalize:*',
        'geo:GetMap*',
        'geo:SearchPlaceIndex*',
        'geo:GetPlace',
        'geo:CalculateRoute*',
        'geo:*Geofence',
        'geo:*Geofences',
        'geo:*DevicePosition*',
        'kms:Encrypt',
        'kms:Decrypt',
        'kms:ReEncryptTo',
        'kms:ReEncryptFrom',
        'kms:GenerateDataKey',
        'kms:GenerateDataKeyPair',
        'kms:GenerateDataKeyPairWithoutPlaintext',
        'kms:GenerateDataKeyWithoutPlaintext',
      ],
      Resource: '*',
    },
  ],
} as const;

/** The session policies of a guest's enhanced-flow credentials, named for the trace. Any one allowing suffices. */
export const GUEST_SESSION_POLICIES = [
  { name: 'Cognito scope-down (inline)', document: GUEST_SCOPE_DOWN_POLICY },
  { name: 'AmazonCognitoUnAuthedIdentitiesSessionPolicy', document: AMAZON_COGNITO_UNAUTHED_IDENTITIES_SESSION_POLICY },
];
