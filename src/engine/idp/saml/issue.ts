/**
 * A signed SAMLResponse for one of the simulated IdP's test users: what its sign-on service posts after a sign-in, and
 * what tests and flows ask for directly (an identity pool's SAML login, STS's AssumeRoleWithSAML: the app takes the
 * SAMLResponse from the IdP's page and posts nothing).
 */
import type { Random } from '../../kernel/ids';
import {
  AWS_ROLE_ATTRIBUTE,
  AWS_ROLE_SESSION_NAME_ATTRIBUTE,
  AWS_SAML_ENDPOINT,
  SAML_ENTITY_ID,
  SAML_IAM_PROVIDER_NAME,
  SAML_USERS,
  type SamlUser,
} from './fixtures';
import { NAMEID_EMAIL, NAMEID_PERSISTENT, signedSamlResponse } from './response';

export interface SamlAnswerInput {
  user: SamlUser;
  /** The SP's entity ID: `urn:amazon:cognito:sp:<poolId>`, or `https://signin.aws.amazon.com/saml` (the default: AWS). */
  audience?: string;
  /** The assertion consumer URL (default: AWS's, `https://signin.aws.amazon.com/saml`). */
  recipient?: string;
  /** The AuthnRequest's ID (SP-initiated); none for an IdP-initiated answer. */
  inResponseTo?: string;
  /** The account whose IAM roles and SAML provider the Role attribute names. */
  accountId: string;
  now: number;
  random: Random;
}

/** The assertion's attributes for a user: email, names, groups, and AWS's Role and RoleSessionName when the user has roles. */
export function samlAttributes(user: SamlUser, accountId: string): Record<string, string[]> {
  const attributes: Record<string, string[]> = {
    email: [user.email],
    given_name: [user.givenName],
    family_name: [user.familyName],
    groups: [...user.groups],
  };
  if (user.awsRoles.length) {
    const provider = `arn:aws:iam::${accountId}:saml-provider/${SAML_IAM_PROVIDER_NAME}`;
    attributes[AWS_ROLE_ATTRIBUTE] = user.awsRoles.map((role) => `arn:aws:iam::${accountId}:role/${role},${provider}`);
  }
  if (user.roleSessionName) attributes[AWS_ROLE_SESSION_NAME_ATTRIBUTE] = [user.roleSessionName];
  return attributes;
}

/** The user with this sign-in name or email, if the IdP has one. */
export function samlUser(name: string): SamlUser | undefined {
  const wanted = name.trim().toLowerCase();
  return SAML_USERS.find((u) => u.username === wanted || u.email === wanted);
}

/** The signed SAMLResponse (base64, as the HTTP-POST form carries it) the IdP gives this user for this SP. */
export function samlAnswer(input: SamlAnswerInput): Promise<string> {
  const { user, random } = input;
  return signedSamlResponse({
    issuer: SAML_ENTITY_ID,
    recipient: input.recipient ?? AWS_SAML_ENDPOINT,
    audience: input.audience ?? AWS_SAML_ENDPOINT,
    ...(input.inResponseTo !== undefined ? { inResponseTo: input.inResponseTo } : {}),
    nameId: user.nameId,
    nameIdFormat: user.nameIdFormat === 'emailAddress' ? NAMEID_EMAIL : NAMEID_PERSISTENT,
    attributes: samlAttributes(user, input.accountId),
    now: input.now,
    ids: { response: `_${random.uuid()}`, assertion: `_${random.uuid()}`, session: `_${random.uuid()}` },
  });
}
