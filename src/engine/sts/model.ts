/**
 * The state of STS in one account: the temporary credentials it has issued. A request signed with an `ASIA…` key is
 * checked against this store (secret, session token, expiry at the cloud's clock); credentials work in every region.
 */

/** The web identity a session was issued for (AssumeRoleWithWebIdentity): its token's provider and claims. */
export interface WebIdentityRecord {
  /**
   * `Provider` in the response: the token's issuer without `https://` (`cognito-identity.amazonaws.com`,
   * `accounts.google.com`), or the IAM OIDC provider's ARN that trusted the token.
   */
  provider: string;
  /** The token's `sub` (SubjectFromWebIdentityToken). */
  subject: string;
  /** The token's `aud` (Audience): for Cognito Identity, the identity pool's id. */
  audience: string;
  /** Cognito Identity's `amr` (`["authenticated", "cognito-idp.…/…", "…:sub"]` or `["unauthenticated"]`). */
  amr?: string[];
  /**
   * The condition keys' prefix when it is not `provider`: `accounts.google.com`, or an IAM OIDC provider's URL
   * (`idp.example.com`, whose `provider` is the provider's ARN), as in `idp.example.com:sub`.
   */
  keyPrefix?: string;
}

/** The SAML assertion a session was issued for (AssumeRoleWithSAML): what the answer said of it. */
export interface SamlSessionRecord {
  /** The IAM SAML provider's ARN (PrincipalArn). */
  provider: string;
  /** The NameID (Subject; `SAML:sub`). */
  subject: string;
  /** `persistent`, `transient` or the NameID's Format URI (SubjectType; `SAML:sub_type`). */
  subjectType: string;
  /** The assertion's Issuer (`SAML:iss`). */
  issuer: string;
  /** The SubjectConfirmationData's Recipient (Audience; `SAML:aud`). */
  audience: string;
  /** BASE64(SHA1(issuer + account + "/" + provider name)) (`SAML:namequalifier`). */
  nameQualifier: string;
  /** `{account}/{provider name}` (`SAML:doc`). */
  doc: string;
}

export interface IssuedCredentials {
  /** `ASIA` and 16 more characters (20). */
  AccessKeyId: string;
  /** 40 characters. */
  SecretAccessKey: string;
  SessionToken: string;
  /** Epoch ms. */
  Expiration: number;
  issuedAt: number;
  /** The role the session is of. */
  roleArn: string;
  /** The role's `AROA…` id. */
  roleId: string;
  sessionName: string;
  /** `arn:aws:sts::{account}:assumed-role/{role name}/{session}`. */
  assumedRoleArn: string;
  /** Session policies (the request's `Policy` and `PolicyArns`' documents), as JSON text; empty when none. */
  sessionPolicies: string[];
  /** Session tags: `aws:PrincipalTag/<key>`. */
  tags: Record<string, string>;
  webIdentity?: WebIdentityRecord;
  saml?: SamlSessionRecord;
  /** The source identity the session was given (SAML's `…/SourceIdentity` attribute). */
  sourceIdentity?: string;
}

export interface StsState {
  /** By access key id. */
  credentials: Record<string, IssuedCredentials>;
}
