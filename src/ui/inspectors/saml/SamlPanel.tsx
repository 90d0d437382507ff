/**
 * The SAML tab: the newest SAMLResponse of the log, decoded (issuer, audience, NameID, conditions at the cloud's clock,
 * recipient, InResponseTo, attributes), and what its service provider decides (verifySamlResponse at the cloud's clock,
 * against the certificate the provider's metadata lists); changing an attribute re-verifies and shows the refusal in words.
 */
import { useEffect, useId, useState } from 'react';
import type { SamlAssertion } from '../../../engine/saml/assertion';
import type { SamlVerdict } from '../../../engine/saml/verify';
import { formatUtc } from '../tokens/time';
import type { LoggedSamlResponse, SamlTrust } from './samlInLog';
import { withAttributeValue } from './tamper';
import { verdictWords } from './words';
import { SamlFields } from './SamlFields';

type Library = typeof import('./samlLibrary');
let loading: Promise<Library> | undefined;
/** The XML library loads the first time the tab shows an assertion. */
const library = () => (loading ??= import('./samlLibrary'));

interface Props {
  logged: LoggedSamlResponse;
  trust: SamlTrust | undefined;
  /** The cloud's clock, epoch ms. */
  now: number;
}

const ORIGIN: Record<LoggedSamlResponse['to'], string> = {
  userPool: 'The browser posted it to the user pool’s assertion consumer',
  assumeRole: 'The app sent it to STS in AssumeRoleWithSAML',
  identityPool: 'The app handed it to the identity pool in Logins',
};

export function SamlPanel({ logged, trust, now }: Props) {
  const id = useId();
  const [value, setValue] = useState(logged.value);
  const [original, setOriginal] = useState<SamlAssertion | { error: string } | undefined>();
  const [current, setCurrent] = useState<SamlAssertion | { error: string } | undefined>();
  const [verdict, setVerdict] = useState<SamlVerdict | undefined>();
  const [name, setName] = useState('');
  const [newValue, setNewValue] = useState('admin');
  useEffect(() => setValue(logged.value), [logged.value]);
  useEffect(() => {
    let live = true;
    void library()
      .then((lib) => lib.readSamlResponse(logged.value))
      .then((read) => {
        if (!live) return;
        setOriginal(read);
        if (!('error' in read)) setName((n) => n || (Object.keys(read.attributes)[0] ?? ''));
      });
    return () => {
      live = false;
    };
  }, [logged.value]);
  // The trust is rebuilt from the read model at each render: its content, not its identity, decides a new check.
  const trustKey = JSON.stringify(trust ?? null);
  useEffect(() => {
    let live = true;
    void library().then(async (lib) => {
      const read = await lib.readSamlResponse(value);
      const checked = trust ? await lib.verifySamlResponse(value, { ...trust, now }) : undefined;
      if (live) {
        setCurrent(read);
        setVerdict(checked);
      }
    });
    return () => {
      live = false;
    };
    // trustKey stands for trust.
  }, [value, trustKey, now]);
  const edited = value !== logged.value;
  if (!current) return <p className="muted">Loading the XML library to read the SAML response…</p>;
  if ('error' in current) return <p className="note note-bad">This SAMLResponse cannot be read: {current.error}</p>;
  const names = original && !('error' in original) ? Object.keys(original.attributes) : [];
  return (
    <section className="saml" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="panel-heading">
        SAML assertion {edited && <span className="badge badge-warn">edited</span>}
      </h3>
      <p className="small">
        {ORIGIN[logged.to]} (<span className="mono">{logged.to === 'userPool' ? logged.url : logged.action}</span>). The IdP signed it with its private key;
        {trust ? ` ${trust.checker} checks it` : ' a service provider checks it'} against the certificate in the IdP’s metadata, at the simulated time{' '}
        {formatUtc(now)}.
      </p>
      {trust && verdict ? (
        <div className={`verdict ${verdict.ok ? 'verdict-ok' : 'verdict-bad'}`} data-verdict={verdict.ok ? 'valid' : 'rejected'}>
          <p className="verdict-summary" role="status">
            <strong>{verdict.ok ? '✓ Valid.' : '✗ Rejected.'}</strong> {verdictWords(verdict)}
          </p>
        </div>
      ) : (
        !trust && <p className="note">No provider in this lesson trusts the issuer {current.issuer}: there is no certificate to check the signature against.</p>
      )}
      <SamlFields assertion={current} trust={trust} now={now} />
      {names.length > 0 && (
        <form
          className="tamper saml-tamper"
          onSubmit={(event) => {
            event.preventDefault();
            const changed = withAttributeValue(value, name, newValue);
            if (changed) setValue(changed);
          }}
        >
          <label htmlFor={`${id}-attr`}>Tamper: change the attribute</label>
          <select id={`${id}-attr`} value={name} onChange={(e) => setName(e.target.value)}>
            {names.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-value`}>to</label>
          <input id={`${id}-value`} className="mono" value={newValue} onChange={(e) => setNewValue(e.target.value)} spellCheck={false} />
          <button type="submit" className="button button-small">
            Change it and verify again
          </button>
          <button type="button" className="button button-small" disabled={!edited} onClick={() => setValue(logged.value)}>
            Restore what the IdP signed
          </button>
        </form>
      )}
      <details className="saml-xml">
        <summary>The decoded XML</summary>
        <pre className="mono">{current.xml}</pre>
      </details>
    </section>
  );
}
