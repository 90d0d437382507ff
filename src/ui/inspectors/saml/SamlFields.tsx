/** What an assertion says, field by field, with its times against the cloud's clock and what the provider expects beside. */
import type { ReactNode } from 'react';
import type { SamlAssertion } from '../../../engine/saml/assertion';
import { formatUtc } from '../tokens/time';
import type { SamlTrust } from './samlInLog';
import { validityWords } from './words';

/** `urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress` → `emailAddress`. */
const formatName = (format: string | undefined) => format?.split(':').at(-1);

function Row({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div data-field={name}>
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A value, and whether it is what the provider expects. */
function Expected({ value, expected }: { value: string | undefined; expected: string | undefined }) {
  return (
    <>
      <span className="mono">{value ?? '(none)'}</span>
      {expected !== undefined && <span className="status-words">{value === expected ? ' matches what the provider expects' : ` expected ${expected}`}</span>}
    </>
  );
}

export function SamlFields({ assertion, trust, now }: { assertion: SamlAssertion; trust: SamlTrust | undefined; now: number }) {
  const time = (ms: number | undefined) => (ms === undefined ? '(none)' : formatUtc(ms));
  const audience = trust && assertion.audiences.includes(trust.audience) ? trust.audience : assertion.audiences.join(', ');
  return (
    <>
      <dl className="attributes saml-fields">
        <Row name="Issuer">
          <Expected value={assertion.assertionIssuer ?? assertion.issuer} expected={trust?.issuer} />
        </Row>
        <Row name="Audience">
          <Expected value={audience || undefined} expected={trust?.audience} />
        </Row>
        <Row name="NameID">
          <span className="mono">{assertion.nameId}</span>
          {assertion.nameIdFormat && <span className="status-words"> format {formatName(assertion.nameIdFormat)}: the user’s id at the IdP</span>}
        </Row>
        <Row name="NotBefore">{time(assertion.notBefore)}</Row>
        <Row name="NotOnOrAfter">
          {time(assertion.notOnOrAfter)} <span className="status-words">{validityWords(assertion.notBefore, assertion.notOnOrAfter, now)}</span>
        </Row>
        <Row name="Recipient">
          <Expected value={assertion.recipient} expected={trust?.recipient} />
        </Row>
        <Row name="InResponseTo">
          <span className="mono">{assertion.subjectInResponseTo ?? assertion.inResponseTo ?? '(none: IdP-initiated)'}</span>
          <span className="status-words"> the ID of the AuthnRequest it answers: Cognito checks it is the one it sent (this panel does not)</span>
        </Row>
        {assertion.authnInstant !== undefined && <Row name="AuthnInstant">{formatUtc(assertion.authnInstant)}</Row>}
      </dl>
      <table className="table claims saml-attributes">
        <caption>Attributes: what the IdP says about the user (AttributeMapping turns them into pool attributes)</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Values</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(assertion.attributes).map(([name, values]) => (
            <tr key={name} data-attribute={name}>
              <th scope="row" className="mono claim-name">
                {name}
              </th>
              <td className="mono">{values.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
