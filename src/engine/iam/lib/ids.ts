import type { Random } from '../../kernel/ids';

/** The characters of IAM's unique ids after their prefix (`AROA…`, `ANPA…`): upper-case letters and the digits 2–7. */
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A role's unique id: `AROA` and 17 characters (IAM User Guide, "Unique identifiers"). */
export const roleId = (random: Random): string => `AROA${random.chars(ID_ALPHABET, 17)}`;

/** A managed policy's unique id: `ANPA` and 17 characters. */
export const policyId = (random: Random): string => `ANPA${random.chars(ID_ALPHABET, 17)}`;

/** A SAML provider's SAMLProviderUUID: `SAML` and 18 characters (22 in all, the model's minimum). [U] the alphabet. */
export const samlProviderUuid = (random: Random): string => `SAML${random.chars(ID_ALPHABET, 18)}`;
