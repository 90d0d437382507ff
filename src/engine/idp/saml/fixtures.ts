/**
 * The simulated SAML IdP's fixed names and test users. Its users' AWS roles name IAM resources in the cloud's own
 * account (the IdP is told the account when it answers), as an administrator configures an IdP for AWS.
 */
import { SAML_HOST } from './site';

export { SAML_HOST };
export const SAML_ORIGIN = `https://${SAML_HOST}`;
/** The IdP's entityID: its metadata's URL, as many IdPs name themselves. */
export const SAML_ENTITY_ID = `${SAML_ORIGIN}/metadata`;
export const SAML_METADATA_URL = `${SAML_ORIGIN}/metadata`;
/** The single sign-on service (HTTP-Redirect and HTTP-POST bindings). */
export const SAML_SSO_URL = `${SAML_ORIGIN}/sso`;
/** The IdP-initiated sign-in to AWS: the user signs in here and the IdP posts an assertion to AWS's sign-in endpoint. */
export const SAML_AWS_SIGN_IN_PATH = '/sso/aws';
export const SAML_AWS_SIGN_IN_URL = `${SAML_ORIGIN}${SAML_AWS_SIGN_IN_PATH}`;
export const SAML_LABEL = 'Simulated SAML IdP — example.com';
/** The button of the page that posts the SAMLResponse to the service provider (no JavaScript needed). */
export const SAML_POST_BUTTON = 'Continue to the service provider';

/** STS's assertion consumer: an IdP-initiated sign-in for AWS posts here, with this audience. */
export const AWS_SAML_ENDPOINT = 'https://signin.aws.amazon.com/saml';
export const AWS_ROLE_ATTRIBUTE = 'https://aws.amazon.com/SAML/Attributes/Role';
export const AWS_ROLE_SESSION_NAME_ATTRIBUTE = 'https://aws.amazon.com/SAML/Attributes/RoleSessionName';
/** The IAM SAML provider name a lesson creates for this IdP (its users' Role values name it). */
export const SAML_IAM_PROVIDER_NAME = 'SimulatedSamlIdP';

export interface SamlUser {
  /** What the sign-in form asks for. */
  username: string;
  password: string;
  /** The NameID the assertion carries, and its format. */
  nameId: string;
  nameIdFormat: 'emailAddress' | 'persistent';
  email: string;
  givenName: string;
  familyName: string;
  groups: readonly string[];
  /** IAM role names (in the cloud's account) this user may assume through SAML, and the session name AWS shows. */
  awsRoles: readonly string[];
  roleSessionName?: string;
}

export const SAML_USERS: readonly SamlUser[] = [
  {
    username: 'maria.garcia',
    password: 'Maria-Passw0rd',
    nameId: 'maria.garcia@example.com',
    nameIdFormat: 'emailAddress',
    email: 'maria.garcia@example.com',
    givenName: 'Maria',
    familyName: 'Garcia',
    groups: ['Developers', 'Staff'],
    awsRoles: ['SamlDevelopers'],
    roleSessionName: 'maria.garcia',
  },
  {
    username: 'tom.baker',
    password: 'Tom-Passw0rd',
    nameId: 'a3f1c9e07b2d4e58',
    nameIdFormat: 'persistent',
    email: 'tom.baker@example.com',
    givenName: 'Tom',
    familyName: 'Baker',
    groups: ['Staff'],
    awsRoles: [],
  },
];
