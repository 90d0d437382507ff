/** The identity pool's OpenID token: its parts, its claims in words, and whether STS would take it, checked with the pool's published keys. */
import { useEffect, useId, useState } from 'react';
import { decodeJwt } from './decode';
import { claimText, OPENID_CLAIMS, OPENID_JWKS_URL, verifyOpenIdToken, type LoggedOpenIdToken } from './openIdToken';
import { useJwksAt } from './useJwks';
import type { Verdict } from './verdict';
import { VerdictView } from './Verdict';

interface Props {
  logged: LoggedOpenIdToken;
  identityPoolId?: string | undefined;
  peek(url: string): Promise<Response>;
  now: number;
}

const origin = (logged: LoggedOpenIdToken) =>
  logged.from === 'GetOpenIdToken'
    ? 'GetOpenIdToken gave it to the app, which hands it to STS (AssumeRoleWithWebIdentity): the basic flow.'
    : logged.insideCloud
      ? 'The identity pool made it and handed it to STS itself, inside the app’s GetCredentialsForIdentity: the enhanced flow. The app never holds it.'
      : 'The app handed it to STS (AssumeRoleWithWebIdentity).';

export function OpenIdTokenCard({ logged, identityPoolId, peek, now }: Props) {
  const id = useId();
  const decoded = decodeJwt(logged.token);
  const kid = typeof decoded.header?.['kid'] === 'string' ? decoded.header['kid'] : '';
  const jwks = useJwksAt(peek, OPENID_JWKS_URL, kid);
  const [verdict, setVerdict] = useState<Verdict | undefined>();
  useEffect(() => {
    if (jwks.status !== 'ready') return;
    let live = true;
    void verifyOpenIdToken({ token: logged.token, jwks: jwks.jwks, identityPoolId, now }).then((v) => live && setVerdict(v));
    return () => {
      live = false;
    };
  }, [logged.token, jwks, identityPoolId, now]);
  const { header, payload, signature } = decoded.segments;
  return (
    <section className="token-card" aria-labelledby={`${id}-title`} data-token="openid">
      <h3 id={`${id}-title`} className="panel-heading">
        Identity pool’s OpenID token <span className="badge">RS512</span>
      </h3>
      <p className="small">{origin(logged)}</p>
      <div className="jwt mono" role="group" aria-label="OpenID token, encoded: header, payload and signature" tabIndex={0}>
        <span className="jwt-header">{header}</span>.<span className="jwt-payload">{payload}</span>.<span className="jwt-signature">{signature}</span>
      </div>
      <table className="table claims">
        <caption>OpenID token claims</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Value</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries({ ...decoded.header, ...decoded.payload }).map(([name, value]) => (
            <tr key={name}>
              <th scope="row" className="mono">
                {name}
              </th>
              <td className="mono">{claimText(name, value, now)}</td>
              <td>{OPENID_CLAIMS[name] ?? (name === 'kid' ? 'The key that signed it, one per region.' : name === 'alg' ? 'RS512: RSA with SHA-512.' : '')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">
        Checked as STS checks it, with the keys from <span className="mono">{OPENID_JWKS_URL}</span>, at the simulated time.
      </p>
      {jwks.status === 'failed' ? (
        <p className="note note-bad">The identity pool’s keys could not be fetched: {jwks.message}</p>
      ) : (
        <VerdictView verdict={verdict} />
      )}
    </section>
  );
}
