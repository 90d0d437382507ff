/**
 * The AWS request and response shapes the flows send and read, in AWS's own member names.
 * Declared here (not imported from engine internals) so a machine states exactly what it relies on.
 */

export interface AttributeType {
  Name: string;
  Value?: string;
}

export interface CodeDeliveryDetails {
  Destination?: string;
  DeliveryMedium?: string;
  AttributeName?: string;
}

export interface AuthenticationResult {
  IdToken?: string;
  AccessToken?: string;
  RefreshToken?: string;
  ExpiresIn?: number;
  TokenType?: string;
}

/** What InitiateAuth and RespondToAuthChallenge answer: tokens, or a challenge to answer with Session. */
export interface AuthResponse {
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
  AuthenticationResult?: AuthenticationResult;
}

/** The tokens an app holds once signed in. */
export interface Tokens {
  IdToken: string;
  AccessToken: string;
  RefreshToken?: string;
}

export interface SignUpRequest {
  ClientId: string;
  Username: string;
  Password: string;
  UserAttributes?: AttributeType[];
}
export interface SignUpResponse {
  UserConfirmed: boolean;
  UserSub: string;
  CodeDeliveryDetails?: CodeDeliveryDetails;
}
export interface ConfirmSignUpRequest {
  ClientId: string;
  Username: string;
  ConfirmationCode: string;
}
export interface ResendConfirmationCodeRequest {
  ClientId: string;
  Username: string;
}
export interface CodeDeliveryResponse {
  CodeDeliveryDetails?: CodeDeliveryDetails;
}
export interface InitiateAuthRequest {
  AuthFlow: string;
  ClientId: string;
  AuthParameters?: Record<string, string>;
}
export interface RespondToAuthChallengeRequest {
  ClientId: string;
  ChallengeName: string;
  Session?: string;
  ChallengeResponses?: Record<string, string>;
}
export interface AccessTokenRequest {
  AccessToken: string;
}
export interface GetUserResponse {
  Username: string;
  UserAttributes: AttributeType[];
}
export interface ForgotPasswordRequest {
  ClientId: string;
  Username: string;
}
export interface ConfirmForgotPasswordRequest {
  ClientId: string;
  Username: string;
  ConfirmationCode: string;
  Password: string;
}
export interface DescribeUserPoolRequest {
  UserPoolId: string;
}
export interface DescribeUserPoolClientRequest {
  UserPoolId: string;
  ClientId: string;
}
/** A pool as DescribeUserPool returns it; flows read a few members and show the rest as JSON. */
export type UserPoolDescription = { Id: string; Name: string } & Record<string, unknown>;
/** A client as DescribeUserPoolClient returns it. */
export type UserPoolClientDescription = { ClientId: string; ClientName?: string; UserPoolId?: string; ExplicitAuthFlows?: string[] } & Record<string, unknown>;
export interface UpdateUserPoolClientRequest {
  UserPoolId: string;
  ClientId: string;
  [member: string]: unknown;
}
export type Empty = Record<string, unknown>;

/** Which token the app sends your API, and whether your API should ask the pool about revocation. */
export interface YourApiCall {
  tokenUse: 'access' | 'id';
  checkRevocation: boolean;
}
/** What the app sends your API: the call, with the token itself. */
export interface YourApiRequest extends YourApiCall {
  token: string;
}
/** Your API's answer as the app reads it: the HTTP status, the JSON body, and on a refusal the WWW-Authenticate challenge. */
export interface YourApiAnswer extends YourApiCall {
  status: number;
  body: Record<string, unknown>;
  challenge?: string;
}
