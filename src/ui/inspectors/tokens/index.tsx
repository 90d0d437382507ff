/** The Tokens tab: the app's tokens (or, once it dropped them, the last ones the pool issued), decoded and verified. */
import { useView } from '../../shell/SessionContext';
import { lastIssuedTokens, TokensPanel, type TokenSet } from './TokensPanel';

export function TokensTab() {
  const view = useView();
  const held = (view.snapshot.context as { tokens?: TokenSet }).tokens;
  const logged = held ? undefined : lastIssuedTokens(view.log.slice(view.logStart));
  return (
    <TokensPanel
      tokens={held ?? logged}
      fromLog={Boolean(logged)}
      userPools={view.userPools}
      peek={view.peek}
      userPoolId={view.setup.userPoolId}
      clientId={view.setup.clientId}
      now={view.now}
    />
  );
}
