/**
 * The provider's own ID token in a federated sign-in, beside Cognito's: its parts and claims, whether Cognito would take it
 * (checked against the provider's published keys at the simulated time), tampering to watch that fail, and the
 * AttributeMapping hop by hop: provider claim → pool attribute → Cognito ID token claim.
 */
import { useEffect, useId, useState } from 'react';
import { cognitoIdentity, type UserPoolView } from '../../../engine';
import { decodeJwt, parseClaimInput, withClaim } from './decode';
import { mappingHops, PROVIDER_CLAIMS, providerFor, verifyProviderToken, type LoggedProviderToken, type MappingHop } from './providerToken';
import { claimText } from './openIdToken';
import { formatUtc, relativeTime } from './time';
import { participantAt } from '../../../flows/diagrams/participants';
import { useJwksAt, useProviderJwksUrl } from './useJwks';
import type { Verdict } from './verdict';
import { VerdictView } from './Verdict';

interface Props {
  logged: LoggedProviderToken;
  pool: UserPoolView | undefined;
  /** Cognito's ID token for the same sign-in, when the app holds one. */
  cognitoIdToken?: string | undefined;
  peek(url: string): Promise<Response>;
  now: number;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** Where the token was seen, in a sentence. */
function originWords(logged: LoggedProviderToken): string {
  if (logged.from === 'logins')
    return `The app handed it to ${logged.service === cognitoIdentity.id ? 'the identity pool' : logged.service} in Logins (${logged.url}).`;
  if (logged.from === 'redirect') return `The provider sent it to the app in a redirect’s fragment, from ${logged.url}.`;
  return logged.nested
    ? `The hosted UI traded the provider’s code for it at ${logged.url}, inside its answer to the browser’s /oauth2/idpresponse. Your app never sees this token: it gets Cognito’s.`
    : `The token endpoint ${logged.url} answered it.`;
}

const show = (value: unknown) => (value === undefined ? undefined : typeof value === 'string' ? value : JSON.stringify(value));

function Hop({ hop, providerName }: { hop: MappingHop; providerName: string }) {
  const provider = show(hop.providerValue);
  const cognito = show(hop.cognitoValue);
  return (
    <li className="fed-hop" data-attribute={hop.attribute}>
      <span className="fed-hop-step">
        <span className="muted">{providerName} claim</span> <code className="mono">{hop.claim}</code>{' '}
        {provider !== undefined ? (
          <code className="mono">{provider}</code>
        ) : (
          <span className="muted">not in this ID token (Cognito reads it from the provider’s userinfo)</span>
        )}
      </span>
      <span className="fed-hop-step">
        → <span className="muted">pool attribute</span> <code className="mono">{hop.attribute}</code>{' '}
        {hop.poolValue !== undefined ? <code className="mono">{hop.poolValue}</code> : <span className="muted">empty</span>}
      </span>
      <span className="fed-hop-step">
        → <span className="muted">Cognito ID token</span> <code className="mono">{hop.cognitoClaim}</code>{' '}
        {cognito !== undefined ? (
          <code className="mono">{cognito}</code>
        ) : (
          <span className="muted">not in the ID token (empty, or the app client may not read it)</span>
        )}
      </span>
    </li>
  );
}

export function ProviderTokenCard({ logged, pool, cognitoIdToken, peek, now }: Props) {
  const id = useId();
  const [token, setToken] = useState(logged.token);
  const [version, setVersion] = useState(0);
  const [verdict, setVerdict] = useState<Verdict | undefined>();
  const provider = providerFor(pool, logged.issuer);
  const jwksUrl = useProviderJwksUrl(peek, logged.issuer, provider?.endpoints?.jwks);
  const original = decodeJwt(logged.token);
  const kid = typeof original.header?.['kid'] === 'string' ? original.header['kid'] : '';
  const jwks = useJwksAt(peek, jwksUrl, kid);
  useEffect(() => {
    setToken(logged.token);
    setVersion((v) => v + 1);
  }, [logged.token]);
  useEffect(() => {
    if (jwks.status !== 'ready' || !jwksUrl) return;
    let live = true;
    const checkedBy = provider ? 'userPool' : 'anyone';
    void verifyProviderToken({ token, jwks: jwks.jwks, issuer: logged.issuer, clientId: provider?.clientId, jwksUrl, now, checkedBy }).then(
      (v) => live && setVerdict(v),
    );
    return () => {
      live = false;
    };
  }, [token, jwks, jwksUrl, logged.issuer, provider?.clientId, now]);
  const decoded = decodeJwt(token);
  const edited = token !== logged.token;
  const replace = (next: string) => {
    setToken(next);
    setVersion((v) => v + 1);
  };
  const name = provider?.name ?? participantAt(hostOf(logged.issuer)) ?? logged.issuer;
  const sub = original.payload?.['sub'];
  const user = pool?.users.find((u) => u.identities.some((i) => i.providerName === provider?.name && i.userId === sub));
  const cognitoClaims = cognitoIdToken ? decodeJwt(cognitoIdToken).payload : undefined;
  const hops = provider ? mappingHops(provider.attributeMapping, original.payload ?? {}, user, cognitoClaims) : [];
  const { header, payload, signature } = decoded.segments;
  return (
    <section className="token-card" aria-labelledby={`${id}-title`} data-token="provider">
      <h3 id={`${id}-title`} className="panel-heading">
        {name}’s ID token <span className="badge">simulated {name}</span> {edited && <span className="badge badge-warn">edited</span>}
      </h3>
      <p className="small">{originWords(logged)}</p>
      <div className="jwt mono" role="group" aria-label={`${name}’s ID token, encoded: header, payload and signature`} tabIndex={0}>
        <span className="jwt-header">{header}</span>.<span className="jwt-payload">{payload}</span>.<span className="jwt-signature">{signature}</span>
      </div>
      {jwksUrl ? (
        <p className="small muted">
          Checked {provider ? 'as Cognito checks it' : 'by its signature'}, with the provider’s keys from <span className="mono">{jwksUrl}</span>, at the
          simulated time.
        </p>
      ) : (
        <p className="muted">Finding the provider’s keys…</p>
      )}
      {jwks.status === 'failed' ? (
        <p className="note note-bad">The provider’s keys could not be fetched: {jwks.message}</p>
      ) : (
        jwksUrl && <VerdictView verdict={verdict} />
      )}
      {decoded.problem && <p className="note note-bad">{decoded.problem}</p>}
      {decoded.payload && (
        <table className="table claims">
          <caption>Payload: edit a value to tamper with the token</caption>
          <thead>
            <tr>
              <th scope="col">Claim</th>
              <th scope="col">Value and meaning</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(decoded.payload).map(([claim, value]) => (
              <tr key={claim} data-claim={claim}>
                <th scope="row" className="mono claim-name">
                  {claim}
                </th>
                <td className="claim-value">
                  <input
                    key={`${version}-${claim}`}
                    className="claim-input mono"
                    aria-label={`Value of ${claim} in ${name}’s token`}
                    defaultValue={typeof value === 'string' ? value : JSON.stringify(value)}
                    spellCheck={false}
                    onChange={(e) => setToken((current) => withClaim(current, claim, parseClaimInput(e.target.value)))}
                  />
                  <p className="claim-meaning">
                    {typeof value === 'number' && claim === 'iat' ? `${formatUtc(value * 1000)} (${relativeTime(value * 1000, now)}). ` : ''}
                    {typeof value === 'number' && claim === 'exp' ? `${claimText(claim, value, now)}. ` : ''}
                    {PROVIDER_CLAIMS[claim] ?? ''}
                  </p>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="tamper">
        <button type="button" className="button button-small" onClick={() => replace(withClaim(token, 'email', 'admin@example.com'))}>
          Try: change the email
        </button>
        <button type="button" className="button button-small" disabled={!edited} onClick={() => replace(logged.token)}>
          Restore the token {name} issued
        </button>
      </div>
      {hops.length > 0 && (
        <section className="fed-section" aria-labelledby={`${id}-hops`}>
          <h4 id={`${id}-hops`} className="fed-heading">
            Attribute mapping, hop by hop
          </h4>
          <p className="small muted">
            Each row of the provider’s AttributeMapping: the provider’s claim fills a pool attribute at every sign-in, and Cognito’s ID token carries it.
          </p>
          <ol className="plain-list fed-list" aria-label={`${name} claims mapped to the pool and Cognito’s ID token`}>
            {hops.map((hop) => (
              <Hop key={hop.attribute} hop={hop} providerName={name} />
            ))}
          </ol>
        </section>
      )}
    </section>
  );
}
