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

/**
 * STS's error texts for AssumeRoleWithSAML. [O]: the IAM User Guide's "Troubleshoot SAML federation" lists them with
 * their codes, or real answers show them; [U] otherwise.
 */
export const SAML_MESSAGES = {
  /** [O] AccessDenied: the role does not exist, is not in the assertion's Role attribute, or its trust policy refuses. */
  denied: 'Not authorized to perform sts:AssumeRoleWithSAML',
  /** [O] the words; [U] the code (InvalidIdentityToken): PrincipalArn names no SAML provider of the account. */
  noProvider: "Specified provider doesn't exist.",
  /** [U] a SAMLAssertion that is not base64 of a SAML 2.0 Response. */
  malformed: 'Invalid SAML response: the assertion could not be parsed.',
  /** [O] InvalidIdentityToken: unsigned, tampered, or signed by a key the provider's metadata does not list. */
  badSignature: 'Response signature invalid',
  /** [O] the assertion's Issuer is not the provider's entityID (AWS adds "(Service: AWSOpenIdDiscoveryService …)"). */
  issuer: 'Issuer not present in specified provider',
  /** [O] the words; [U] the code: no Audience of the assertion is AWS's sign-in endpoint. */
  audience: 'Response does not contain the required audience.',
  /** [U] the Recipient of the SubjectConfirmationData is not AWS's sign-in endpoint. */
  recipient: 'Response does not contain the required recipient.',
  /** [U] Conditions' NotBefore is still ahead. */
  notYetValid: 'Response is not yet valid',
  /** [O] ExpiredTokenException: Conditions' NotOnOrAfter has passed. */
  expired: 'Response has expired',
  /** [O] ExpiredTokenException: the Response was issued more than five minutes ago. */
  stale: 'Token must be redeemed within 5 minutes of issuance',
  /** [U] IDPRejectedClaim's words when the IdP's StatusCode is not Success: the API reference's description of the error. */
  rejected: 'The identity provider (IdP) reported that authentication failed.',
  /** [O] InvalidIdentityToken. */
  noSessionName: 'RoleSessionName is required in AuthnResponse',
  /** [O] InvalidIdentityToken. */
  badSessionName: 'RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}',
  /** [O] InvalidIdentityToken. */
  badSourceIdentity: 'Source Identity must match [a-zA-Z_0-9+=,.@-]{2,64} and not begin with "aws:"',
} as const;
