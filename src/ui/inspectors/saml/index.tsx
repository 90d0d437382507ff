/** The SAML tab: the newest SAMLResponse of the lesson's requests, decoded and verified as its service provider does. */
import { useView } from '../../shell/SessionContext';
import { issuerOf, lastSamlResponse, samlTrust } from './samlInLog';
import { SamlPanel } from './SamlPanel';

export function SamlTab() {
  const view = useView();
  const logged = lastSamlResponse(view.log.slice(view.logStart));
  if (!logged) {
    return (
      <p className="muted">
        No SAML response yet. When the user signs in at the SAML IdP, it answers with a signed SAMLResponse that the browser posts to the user pool’s
        /saml2/idpresponse (or the app sends to STS): it shows here, decoded and checked.
      </p>
    );
  }
  const trust = samlTrust(logged, issuerOf(logged.value) ?? '', view.userPools, view.iam);
  return <SamlPanel logged={logged} trust={trust} now={view.now} />;
}
