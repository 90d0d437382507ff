import type { Constraint } from '../protocol/validate';

/**
 * Length, pattern and enum rules from AWS's full cognito-idp model for the members learners type into,
 * keyed by member name. (The bundled minified model keeps types and required members only.)
 */
export const COGNITO_IDP_CONSTRAINTS: Record<string, Constraint> = {
  ClientId: { min: 1, max: 128, pattern: '[\\w+]+' },
  Username: { min: 1, max: 128, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' },
  Password: { max: 256, pattern: '[\\S]+' },
  ProposedPassword: { max: 256, pattern: '[\\S]+' },
  PreviousPassword: { max: 256, pattern: '[\\S]+' },
  TemporaryPassword: { max: 256, pattern: '[\\S]+' },
  ConfirmationCode: { min: 1, max: 2048, pattern: '[\\S]+' },
  Code: { min: 1, max: 2048, pattern: '[\\S]+' },
  SecretHash: { min: 1, max: 128, pattern: '[\\w+=/]+' },
  UserPoolId: { min: 1, max: 55, pattern: '[\\w-]+_[0-9a-zA-Z]+' },
  AccessToken: { pattern: '[A-Za-z0-9-_=.]+' },
  GroupName: { min: 1, max: 128, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' },
  PoolName: { min: 1, max: 128, pattern: '[\\w\\s+=,.@-]+' },
  ClientName: { min: 1, max: 128, pattern: '[\\w\\s+=,.@-]+' },
  AttributeName: { min: 1, max: 32, pattern: '[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+' },
  Filter: { max: 256 },
  AuthFlow: {
    enum: ['USER_SRP_AUTH', 'REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN', 'CUSTOM_AUTH', 'ADMIN_NO_SRP_AUTH', 'USER_PASSWORD_AUTH', 'ADMIN_USER_PASSWORD_AUTH', 'USER_AUTH'],
  },
  ChallengeName: {
    enum: ['SMS_MFA', 'EMAIL_OTP', 'SOFTWARE_TOKEN_MFA', 'SELECT_MFA_TYPE', 'MFA_SETUP', 'PASSWORD_VERIFIER', 'CUSTOM_CHALLENGE', 'SELECT_CHALLENGE', 'DEVICE_SRP_AUTH', 'DEVICE_PASSWORD_VERIFIER', 'ADMIN_NO_SRP_AUTH', 'NEW_PASSWORD_REQUIRED', 'SMS_OTP', 'PASSWORD', 'WEB_AUTHN', 'PASSWORD_SRP'],
  },
  MessageAction: { enum: ['RESEND', 'SUPPRESS'] },
  MfaConfiguration: { enum: ['OFF', 'ON', 'OPTIONAL'] },
  PreventUserExistenceErrors: { enum: ['LEGACY', 'ENABLED'] },
  DeletionProtection: { enum: ['ACTIVE', 'INACTIVE'] },
  RoleArn: { min: 20, max: 2048, pattern: 'arn:[\\w+=/,.@-]+:[\\w+=/,.@-]+:([\\w+=/,.@-]*)?:[0-9]+:[\\w+=/,.@-]+(:[\\w+=/,.@-]+)?(:[\\w+=/,.@-]+)?' },
  Description: { max: 2048 },
};
