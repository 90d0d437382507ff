/** STS's error texts for AssumeRoleWithWebIdentity, as AWS words them ([O] where real answers show them, [U] otherwise). */
export const STS_MESSAGES = {
  /** [O] the answer for a token whose issuer has no OpenID Connect provider in the account (configure-aws-credentials#721). */
  noProvider: (issuer: string) => `No OpenIDConnect provider found in your account for ${issuer}`,
  /** [O] a token without `aud` (aws-sdk-ruby#2698): what a Cognito user pool ACCESS token gets, as it carries `client_id` instead. */
  missingAudience: 'Missing a required claim: aud',
  /**
   * [U] the words for a token that is not a JWT or whose signature does not verify: the STS API reference's description of
   * InvalidIdentityToken.
   */
  invalidToken:
    'The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.',
  /** [O] epoch seconds both (aws-sdk-java-v2#5709): `Token expired: current date/time 1731098245 must be before the expiration date/time 1731095240`. */
  tokenExpired: (nowSeconds: number, expSeconds: number) =>
    `Token expired: current date/time ${nowSeconds} must be before the expiration date/time ${expSeconds}`,
  /** [O] a token whose `aud` is none of the IAM OIDC provider's client ids. */
  incorrectAudience: 'Incorrect token audience',
  /** [O] the answer when the provider's discovery document or JWKS cannot be read (seen with EKS and GitHub issuers; two spaces as AWS writes it). */
  noVerificationKey:
    "Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
  /** [U] IDPCommunicationError's words: the STS API reference's description of the error, its first sentence. */
  idpUnreachable:
    'The request could not be fulfilled because the identity provider (IDP) that was asked to verify the incoming identity token could not be reached.',
  /** [O] STS API reference (DurationSeconds). */
  durationTooLong: 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
  /** [U] a PolicyArns entry that names no managed policy: IAM's words for a policy it cannot attach. */
  noSuchPolicy: (arn: string) => `Policy ${arn} does not exist or is not attachable.`,
  /** [U] STS's words when the packed session policies and tags exceed the limit. */
  packedTooLarge: 'Packed policy consumes more than 100% of the allotted size.',
} as const;
