import { useEffect, useId, useState } from 'react';
import type { JSONWebKeySet } from 'jose';
import { isMachineToken, type TokenUse } from './claims';
import type { TokenOrigin } from './origin';
import { ClaimTable } from './ClaimTable';
import { decodeJwt, parseClaimInput, withClaim } from './decode';
import { verifyToken, type Verdict } from './verdict';
import { VerdictView } from './Verdict';

interface Props {
  title: string;
  kind: TokenUse;
  original: string;
  jwks: JSONWebKeySet | undefined;
  issuer: string;
  clientId: string;
  now: number;
  /** Shown under the verdict when the pool itself no longer accepts the session (GlobalSignOut). */
  revokedNote?: string;
  /** The lesson step points at this token: at one claim (in the header or the payload), or at the whole card. */
  focus?: { claim?: string } | undefined;
  /** Where the token came from: the hosted UI (which grant, the nonce the app sent) or the API. */
  origin?: TokenOrigin | undefined;
}

/** One JWT: coloured parts, explained claims, and what a verifier decides, with editing to see why tampering fails. */
export function TokenCard({ title, kind, original, jwks, issuer, clientId, now, revokedNote, focus, origin }: Props) {
  const focusClaim = focus?.claim;
  const id = useId();
  const [token, setToken] = useState(original);
  const [version, setVersion] = useState(0);
  const [expect, setExpect] = useState<TokenUse>(kind);
  const [verdict, setVerdict] = useState<Verdict | undefined>();
  useEffect(() => {
    setToken(original);
    setVersion((v) => v + 1);
  }, [original]);
  useEffect(() => {
    if (!jwks) return;
    let live = true;
    void verifyToken({ token, expect, jwks, issuer, clientId, now }).then((v) => live && setVerdict(v));
    return () => {
      live = false;
    };
  }, [token, expect, jwks, issuer, clientId, now]);
  const decoded = decodeJwt(token);
  const edited = token !== original;
  const replace = (next: string) => {
    setToken(next);
    setVersion((v) => v + 1);
  };
  const { header, payload, signature } = decoded.segments;
  return (
    <section className={focus && !focusClaim ? 'token-card is-focus' : 'token-card'} aria-labelledby={`${id}-title`} data-token={kind}>
      <h3 id={`${id}-title`} className="panel-heading">
        {title} {edited && <span className="badge badge-warn">edited</span>}
        {focus && !focusClaim && <span className="sr-only"> (the step points here)</span>}
      </h3>
      {/* Scrolls when long, so it takes focus. */}
      <div className="jwt mono" role="group" aria-label={`${title}, encoded: header, payload and signature`} tabIndex={0}>
        <span className="jwt-header" title="Header">
          {header}
        </span>
        .
        <span className="jwt-payload" title="Payload">
          {payload}
        </span>
        .
        <span className="jwt-signature" title="Signature">
          {signature}
        </span>
      </div>
      <ul className="legend small" aria-label="The three parts, separated by dots">
        <li>
          <span className="swatch swatch-header" aria-hidden="true" /> header: how it is signed
        </li>
        <li>
          <span className="swatch swatch-payload" aria-hidden="true" /> payload: the claims
        </li>
        <li>
          <span className="swatch swatch-signature" aria-hidden="true" /> signature: RS256 over header.payload
        </li>
      </ul>
      <div className="verify-as">
        <label htmlFor={`${id}-expect`}>Verify as an API that expects</label>{' '}
        <select id={`${id}-expect`} value={expect} onChange={(e) => setExpect(e.target.value as TokenUse)}>
          <option value="id">an ID token (checks aud)</option>
          <option value="access">an access token (checks client_id)</option>
        </select>
      </div>
      <VerdictView verdict={jwks ? verdict : undefined} />
      {revokedNote && <p className="note">{revokedNote}</p>}
      {kind === 'access' && decoded.payload && isMachineToken(decoded.payload, origin) && (
        <p className="note">
          A machine&apos;s token (client credentials): the app client signed in with its own secret, so no user is in it. There is no username, no ID token and
          no refresh token; its scope names what your API lets the client do.
        </p>
      )}
      {decoded.problem && <p className="note note-bad">{decoded.problem}</p>}
      {decoded.header && (
        <ClaimTable
          caption="Header"
          claims={decoded.header}
          now={now}
          version={version}
          focusClaim={focusClaim && !(focusClaim in (decoded.payload ?? {})) ? focusClaim : undefined}
        />
      )}
      {decoded.payload && (
        <ClaimTable
          caption="Payload: edit a value to tamper with the token"
          claims={decoded.payload}
          now={now}
          use={kind}
          version={version}
          focusClaim={focusClaim}
          origin={origin}
          onEdit={(name, text) => setToken((current) => withClaim(current, name, parseClaimInput(text)))}
        />
      )}
      <div className="tamper">
        <button type="button" className="button button-small" onClick={() => replace(withClaim(token, 'cognito:groups', ['admin']))}>
          Try: add the “admin” group
        </button>
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            const exp = decoded.payload?.['exp'];
            if (typeof exp === 'number') replace(withClaim(token, 'exp', exp + 86_400));
          }}
        >
          Try: push exp a day later
        </button>
        <button type="button" className="button button-small" disabled={!edited} onClick={() => replace(original)}>
          Restore the token Cognito issued
        </button>
      </div>
      <label className="field-label" htmlFor={`${id}-raw`}>
        The whole token (edit or paste one)
      </label>
      <textarea id={`${id}-raw`} className="token-raw mono" rows={4} spellCheck={false} value={token} onChange={(e) => replace(e.target.value.trim())} />
    </section>
  );
}
