/**
 * The SAML condition keys named after an assertion's attributes: an attribute whose Name is one of these OIDs becomes
 * `SAML:<name>` with its values (IAM User Guide, "Available keys for SAML-based federation": the eduPerson and
 * eduOrg attributes and the X.500 ones it lists). Keys are matched regardless of case, as every condition key is.
 * SIMPLIFIED: the OIDs below are the common eduPerson (1.3.6.1.4.1.5923.1.1.1.x) and X.500 / RFC 4519 ones; the rest of
 * the guide's list (eduOrg, eduPerson's less common attributes) is not mapped.
 */
import type { ContextValue } from '../../iam/policy';
import type { SamlSessionRecord } from '../model';

const EDU_PERSON = 'urn:oid:1.3.6.1.4.1.5923.1.1.1.';

const OID_KEYS: Record<string, string> = {
  [`${EDU_PERSON}1`]: 'SAML:eduPersonAffiliation',
  [`${EDU_PERSON}2`]: 'SAML:eduPersonNickname',
  [`${EDU_PERSON}3`]: 'SAML:eduPersonOrgDN',
  [`${EDU_PERSON}4`]: 'SAML:eduPersonOrgUnitDN',
  [`${EDU_PERSON}5`]: 'SAML:eduPersonPrimaryAffiliation',
  [`${EDU_PERSON}6`]: 'SAML:eduPersonPrincipalName',
  [`${EDU_PERSON}7`]: 'SAML:eduPersonEntitlement',
  [`${EDU_PERSON}8`]: 'SAML:eduPersonPrimaryOrgUnitDN',
  [`${EDU_PERSON}9`]: 'SAML:eduPersonScopedAffiliation',
  [`${EDU_PERSON}10`]: 'SAML:eduPersonTargetedID',
  [`${EDU_PERSON}11`]: 'SAML:eduPersonAssurance',
  'urn:oid:2.5.4.3': 'SAML:cn',
  'urn:oid:2.5.4.4': 'SAML:surname',
  'urn:oid:2.5.4.42': 'SAML:givenName',
  'urn:oid:0.9.2342.19200300.100.1.1': 'SAML:uid',
  'urn:oid:0.9.2342.19200300.100.1.3': 'SAML:mail',
};

/** `SAML:<attribute>` → its values, for the attributes the table knows. */
export function samlAttributeKeys(attributes: Record<string, string[]>): Record<string, ContextValue> {
  const keys: Record<string, ContextValue> = {};
  for (const [name, values] of Object.entries(attributes)) {
    const key = OID_KEYS[name];
    if (key) keys[key] = values.length === 1 ? values[0]! : [...values];
  }
  return keys;
}

/** The SAML condition keys (IAM User Guide, "Available keys for SAML-based federation"). */
/** `attributes`: the assertion's, when its OID attributes are to become keys too (a trust policy's evaluation). */
export function conditionKeys(session: SamlSessionRecord, attributes?: Record<string, string[]>): Record<string, ContextValue> {
  return {
    ...(attributes ? samlAttributeKeys(attributes) : {}),
    // SAML:aud is the Recipient, not the Audience (IAM User Guide).
    'SAML:aud': session.audience,
    'SAML:iss': session.issuer,
    'SAML:sub': session.subject,
    'SAML:sub_type': session.subjectType,
    'SAML:namequalifier': session.nameQualifier,
    'SAML:doc': session.doc,
  };
}
