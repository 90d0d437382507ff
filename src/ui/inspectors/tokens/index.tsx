/** The Tokens tab: the app's tokens (or, once it dropped them, the last ones the pool issued), decoded and verified. */
import { useView } from '../../shell/SessionContext';
import { lastIssuedTokens, TokensPanel, type TokenSet } from './TokensPanel';
import { previousTokens } from './diff';

export function TokensTab() {
  const view = useView();
  const held = (view.snapshot.context as { tokens?: TokenSet }).tokens;
  const entries = view.log.slice(view.logStart);
  const logged = held ? undefined : lastIssuedTokens(entries);
  return (
    <TokensPanel
      tokens={held ?? logged}
      fromLog={Boolean(logged)}
      previous={previousTokens(entries, held ?? logged)}
      userPools={view.userPools}
      peek={view.peek}
      userPoolId={view.setup.userPoolId}
      clientId={view.setup.clientId}
      now={view.now}
    />
  );
}
