/** The Tokens tab: the app's tokens (or, once it dropped them, the last ones the pool issued), decoded and verified. */
import { useRef } from 'react';
import type { Lesson } from '../../../content';
import { useView } from '../../shell/SessionContext';
import { pointsInto, tokenFocus } from '../focus/stepFocus';
import { useScrollToFocus, useStepFocus } from '../focus/useStepFocus';
import { usePointing } from '../pointing';
import { lastIssuedTokens, TokensPanel, type TokenSet } from './TokensPanel';
import { previousTokens } from './diff';

export function TokensTab({ lesson }: { lesson?: Lesson }) {
  const view = useView();
  const root = useRef<HTMLDivElement>(null);
  const { focus, key } = useStepFocus(lesson);
  const pointed = focus && pointsInto(focus, 'tokens') ? tokenFocus(focus.path) : undefined;
  useScrollToFocus(root, pointed ? key : undefined);
  usePointing(root, `${view.lessonId}:${view.stepIndex}`);
  const held = (view.snapshot.context as { tokens?: TokenSet }).tokens;
  const entries = view.log.slice(view.logStart);
  const logged = held ? undefined : lastIssuedTokens(entries);
  return (
    <div ref={root} className="pointing-scope">
      <TokensPanel
        tokens={held ?? logged}
        fromLog={Boolean(logged)}
        previous={previousTokens(entries, held ?? logged)}
        userPools={view.userPools}
        peek={view.peek}
        userPoolId={view.setup.userPoolId}
        clientId={view.setup.clientId}
        now={view.now}
        focus={pointed}
      />
    </div>
  );
}
