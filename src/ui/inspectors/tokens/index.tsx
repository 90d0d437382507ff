/**
 * The Tokens tab: the app's tokens (or, once it dropped them, the last ones the pool issued), decoded and verified; and the
 * identity pool's OpenID token, when the lesson has one, decoded and checked as STS would.
 */
import { useRef } from 'react';
import type { Lesson } from '../../../content';
import { useView } from '../../shell/SessionContext';
import { pointsInto, tokenFocus } from '../focus/stepFocus';
import { useScrollToFocus, useStepFocus } from '../focus/useStepFocus';
import { usePointing } from '../pointing';
import { lastIssuedTokens, TokensPanel, type TokenSet } from './TokensPanel';
import { previousTokens } from './diff';
import { lastOpenIdToken } from './openIdToken';
import { OpenIdTokenCard } from './OpenIdTokenCard';
import type { LogEntry } from '../../../engine';
import { tokenOrigin } from './origin';
import { lastProviderToken } from './providerToken';
import { ProviderTokenCard } from './ProviderTokenCard';

/** The identity pool the lesson uses: its setup's, or the one the app's newest GetId named. */
function identityPoolOf(setup: object, entries: readonly LogEntry[]): string | undefined {
  const own = (setup as { identityPoolId?: unknown }).identityPoolId;
  if (typeof own === 'string') return own;
  const named = entries.findLast((e) => e.action === 'GetId' && typeof (e.request as { IdentityPoolId?: unknown })?.IdentityPoolId === 'string');
  return (named?.request as { IdentityPoolId?: string } | undefined)?.IdentityPoolId;
}

export function TokensTab({ lesson }: { lesson?: Lesson }) {
  const view = useView();
  const root = useRef<HTMLDivElement>(null);
  const { focus, key } = useStepFocus(lesson);
  const pointed = focus && pointsInto(focus, 'tokens') ? tokenFocus(focus.path) : undefined;
  useScrollToFocus(root, pointed ? key : undefined);
  usePointing(root, `${view.lessonId}:${view.stepIndex}`);
  const held = (view.snapshot.context as { tokens?: TokenSet }).tokens;
  // A flow whose tokens belong to another app client than the scenario's (a machine's client) names it beside them.
  const heldClientId = held ? (view.snapshot.context as { tokensClientId?: string }).tokensClientId : undefined;
  const entries = view.log.slice(view.logStart);
  const logged = held ? undefined : lastIssuedTokens(entries);
  const openId = lastOpenIdToken(entries);
  const userPoolTokens = Boolean(held?.IdToken || held?.AccessToken || logged);
  const shown = held ?? logged;
  // The nonce the app sent, when the flow keeps it; else the log's authorize request tells.
  const nonce = (view.snapshot.context as { nonce?: unknown }).nonce;
  const sentNonce = typeof nonce === 'string' ? nonce : undefined;
  const origins = { id: tokenOrigin(entries, shown?.IdToken, sentNonce), access: tokenOrigin(entries, shown?.AccessToken) };
  // A federated sign-in: the provider's own ID token, beside Cognito's.
  const providerToken = lastProviderToken(entries);
  const cognito = (userPoolTokens || (!openId && !providerToken)) && (
    <TokensPanel
      tokens={shown}
      fromLog={Boolean(logged)}
      previous={previousTokens(entries, held ?? logged)}
      userPools={view.userPools}
      peek={view.peek}
      userPoolId={view.setup.userPoolId}
      clientId={heldClientId ?? view.setup.clientId}
      now={view.now}
      focus={pointed}
      origins={origins}
    />
  );
  return (
    <div ref={root} className="pointing-scope">
      {openId && <OpenIdTokenCard logged={openId} identityPoolId={identityPoolOf(view.setup, entries)} peek={view.peek} now={view.now} />}
      {providerToken ? (
        <div className="fed-tokens">
          <ProviderTokenCard
            logged={providerToken}
            pool={
              view.userPools.pool(view.setup.userPoolId) ??
              view.userPools.pools.find((p) => p.identityProviders.some((i) => i.endpoints?.issuer === providerToken.issuer))
            }
            cognitoIdToken={shown?.IdToken}
            peek={view.peek}
            now={view.now}
          />
          {cognito}
        </div>
      ) : (
        cognito
      )}
    </div>
  );
}
