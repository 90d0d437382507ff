/** The SAML library (xmldsigjs and @xmldom/xmldom under it), imported by the SAML tab only when it opens. */
export { readSamlResponse } from '../../../engine/saml/assertion';
export { SAML_CLOCK_SKEW, verifySamlResponse } from '../../../engine/saml/verify';
