import type { LogEntry, UserPoolsView } from '../../../engine';
import { decodeJwe, decodeJwt } from './decode';
import { TokenCard } from './TokenCard';
import { useJwks } from './useJwks';
import { issuerFor } from './verdict';
import { describeExpiry, formatUtc } from './time';
import { TokenDiff } from './TokenDiff';
import { scroller } from '../scrollWithin';
import type { TokenFocus } from '../focus/stepFocus';
import type { TokenOrigin } from './origin';

export interface TokenSet {
  IdToken?: string;
  AccessToken?: string;
  RefreshToken?: string;
}

/** An answer's tokens: an AuthenticationResult, or the hosted UI token endpoint's `access_token`, `id_token`, `refresh_token`. */
function tokensIn(response: unknown): TokenSet | undefined {
  const answer = response as { AuthenticationResult?: TokenSet; access_token?: unknown; id_token?: unknown; refresh_token?: unknown } | undefined;
  if (answer?.AuthenticationResult) return answer.AuthenticationResult;
  if (typeof answer?.access_token !== 'string') return undefined;
  return {
    AccessToken: answer.access_token,
    ...(typeof answer.id_token === 'string' ? { IdToken: answer.id_token } : {}),
    ...(typeof answer.refresh_token === 'string' ? { RefreshToken: answer.refresh_token } : {}),
  };
}

/**
 * The newest tokens the pool issued, read from the request log (InitiateAuth / RespondToAuthChallenge answers, the hosted
 * UI's token endpoint): after a sign-out the app has dropped its copies, but a copy elsewhere (an API's cache) would still
 * hold them.
 */
export function lastIssuedTokens(entries: readonly LogEntry[]): TokenSet | undefined {
  let found: TokenSet | undefined;
  for (let i = entries.length - 1; i >= 0; i--) {
    const result = tokensIn(entries[i]!.response);
    if (!result?.AccessToken) continue;
    found ??= { ...(result.IdToken ? { IdToken: result.IdToken } : {}), AccessToken: result.AccessToken };
    if (result.RefreshToken) return { ...found, RefreshToken: result.RefreshToken };
  }
  return found;
}

interface Props {
  tokens: TokenSet | undefined;
  /** The tokens come from the log, not the app (which has dropped them). */
  fromLog?: boolean;
  /** The tokens the pool issued before these (a refresh replaced them): shown as a diff. */
  previous?: TokenSet | undefined;
  /** The user pools' read model: key ids, revocations, refresh tokens. */
  userPools: UserPoolsView;
  /** Fetches the JWKS as any verifier would, unlogged (`cloud.peek`). */
  peek(url: string): Promise<Response>;
  userPoolId: string | undefined;
  clientId: string | undefined;
  now: number;
  /** The token (and claim) the lesson step points at. */
  focus?: TokenFocus | undefined;
  /** Where the ID and access tokens came from (the hosted UI, which grant, the nonce the app sent). */
  origins?: { id?: TokenOrigin | undefined; access?: TokenOrigin | undefined };
}

/** Scrolls the Tokens tab to one token's card without changing the address: the hash is the lesson's route. */
const jump = (token: string) => (event: { preventDefault(): void; currentTarget: HTMLElement }) => {
  event.preventDefault();
  const card = event.currentTarget.closest('.tokens')?.querySelector<HTMLElement>(`[data-token="${token}"]`);
  const box = card && scroller(card);
  if (card && box) box.scrollTo({ top: card.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop });
};

/** The app's tokens from the flow's context, decoded, explained and verified against the pool's JWKS. */
export function TokensPanel({ tokens, fromLog, previous, userPools, peek, userPoolId, clientId, now, focus, origins }: Props) {
  const pool = userPools.pool(userPoolId);
  const issuer = userPoolId ? issuerFor(userPoolId) : undefined;
  const jwks = useJwks(peek, issuer, pool ? `${pool.keyIds.id}|${pool.keyIds.access}` : '');
  if (!tokens?.IdToken && !tokens?.AccessToken) {
    return (
      <p className="muted">
        No tokens yet. The app receives an ID token, an access token and a refresh token when a sign-in succeeds (InitiateAuth answers with an
        AuthenticationResult).
      </p>
    );
  }
  if (!issuer || !clientId) return <p className="muted">This lesson has no user pool to check tokens against.</p>;
  const origin = tokens.AccessToken ? decodeJwt(tokens.AccessToken).payload?.['origin_jti'] : undefined;
  const revoked = typeof origin === 'string' && pool?.revokedOrigins[origin] !== undefined;
  const revokedNote = revoked
    ? 'The pool revoked this sign-in (GlobalSignOut): its own APIs such as GetUser now refuse these tokens with NotAuthorizedException, but a verifier that only checks the signature and exp (like the one above) still accepts them until they expire.'
    : undefined;
  const ready = jwks.status === 'ready' ? jwks.jwks : undefined;
  return (
    <div className="tokens">
      <nav className="token-jumps small" aria-label="Jump to a token">
        {tokens.IdToken && (
          <a href="#token-id" onClick={jump('id')}>
            ID token
          </a>
        )}
        {tokens.AccessToken && (
          <a href="#token-access" onClick={jump('access')}>
            Access token
          </a>
        )}
        {tokens.RefreshToken && (
          <a href="#token-refresh" onClick={jump('refresh')}>
            Refresh token
          </a>
        )}
        {previous && (
          <a href="#token-diff" onClick={jump('diff')}>
            Compared with the previous tokens
          </a>
        )}
      </nav>
      {jwks.status === 'failed' && <p className="note note-bad">The pool's JWKS could not be fetched: {jwks.message}</p>}
      {fromLog && (
        <p className="note">
          The app has dropped its tokens. These are the last ones the pool issued (from the request log): a copy kept elsewhere, say in your API's cache, would
          look exactly like this.
        </p>
      )}
      <p className="small muted">
        Checked as API Gateway's Cognito authorizer would, with the keys from <span className="mono">{issuer}/.well-known/jwks.json</span>, at the simulated
        time {formatUtc(now)}.
      </p>
      {tokens.IdToken && (
        <TokenCard
          title="ID token"
          kind="id"
          original={tokens.IdToken}
          jwks={ready}
          issuer={issuer}
          clientId={clientId}
          now={now}
          focus={focus?.token === 'id' ? focus : undefined}
          origin={origins?.id}
          {...(revokedNote ? { revokedNote } : {})}
        />
      )}
      {tokens.AccessToken && (
        <TokenCard
          title="Access token"
          kind="access"
          original={tokens.AccessToken}
          jwks={ready}
          issuer={issuer}
          clientId={clientId}
          now={now}
          focus={focus?.token === 'access' ? focus : undefined}
          origin={origins?.access}
          {...(revokedNote ? { revokedNote } : {})}
        />
      )}
      {previous && (
        <div data-token="diff">
          <TokenDiff before={previous} after={tokens} />
        </div>
      )}
      {tokens.RefreshToken && (
        <RefreshTokenCard token={tokens.RefreshToken} userPools={userPools} userPoolId={userPoolId!} now={now} focused={focus?.token === 'refresh'} />
      )}
    </div>
  );
}

interface RefreshProps {
  token: string;
  userPools: UserPoolsView;
  userPoolId: string;
  now: number;
  /** The lesson step points at this card. */
  focused: boolean;
}

function RefreshTokenCard({ token, userPools, userPoolId, now, focused }: RefreshProps) {
  const jwe = decodeJwe(token);
  const record = userPools.pool(userPoolId)?.refreshTokens[token];
  return (
    <section className={focused ? 'token-card is-focus' : 'token-card'} aria-labelledby="refresh-title" data-token="refresh">
      <h3 id="refresh-title" className="panel-heading">
        Refresh token <span className="badge">encrypted</span>
        {focused && <span className="sr-only"> (the step points here)</span>}
      </h3>
      <p className="jwt mono opaque">{token.slice(0, 120)}…</p>
      <p>
        An opaque, encrypted token (JWE, {jwe.segmentCount} parts). Only the user pool can decrypt it: your app just stores it and sends it back with{' '}
        <span className="mono">REFRESH_TOKEN_AUTH</span> to get new ID and access tokens without asking for the password.
      </p>
      <p className="small">
        Simulator note: this one has Cognito's real JWE header, but its other parts are random bytes, not ciphertext; the simulated pool looks the token up
        instead of decrypting it. What your app does with it is the same.
      </p>
      {jwe.header && (
        <p className="small">
          Readable header: <code className="mono">{JSON.stringify(jwe.header)}</code>
        </p>
      )}
      {record && (
        <p className="small">
          The pool keeps it valid until {formatUtc(record.expiresAt)} ({describeExpiry(record.expiresAt / 1000, now)})
          {record.revoked ? '; it has been revoked.' : '.'}
        </p>
      )}
    </section>
  );
}
