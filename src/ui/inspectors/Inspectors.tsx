import { useState } from 'react';
import { cognitoIdp } from '../../engine';
import type { Lesson } from '../../content';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { useView } from '../shell/SessionContext';
import { Tabs } from '../shell/Tabs';
import { lastIssuedTokens, TokensPanel, type TokenSet } from '../tokens/TokensPanel';
import { RequestsPanel } from './RequestsPanel';
import { SequencePanel } from './SequencePanel';
import { StateChartPanel } from './StateChartPanel';
import { UsersPanel } from './UsersPanel';

export type InspectorId = 'sequence' | 'stateChart' | 'tokens' | 'requests' | 'users';

const TABS: { id: InspectorId; label: string }[] = [
  { id: 'sequence', label: 'Sequence' },
  { id: 'stateChart', label: 'State chart' },
  { id: 'tokens', label: 'Tokens' },
  { id: 'requests', label: 'Requests' },
  { id: 'users', label: 'Users' },
];

/** The five views of what happened: each in its own error boundary so one failing panel never blanks the page. */
export function Inspectors({ lesson, onReset }: { lesson: Lesson; onReset(): void }) {
  const [tab, setTab] = useState<InspectorId>('sequence');
  const view = useView();
  const resetKey = `${lesson.id}:${view.stepIndex}:${tab}`;
  const currentFrom = view.stepIndex > 0 ? (view.stepLogMarks[view.stepIndex - 1] ?? view.logStart) : view.logStart;
  const setup = view.setup;
  const held = (view.snapshot.context as { tokens?: TokenSet }).tokens;
  const panel = (id: InspectorId) => {
    switch (id) {
      case 'sequence':
        return <SequencePanel />;
      case 'stateChart':
        return <StateChartPanel />;
      case 'tokens': {
        const logged = held ? undefined : lastIssuedTokens(view.cloud.log.entries.slice(view.logStart));
        return (
          <TokensPanel tokens={held ?? logged} fromLog={Boolean(logged)} cloud={view.cloud} userPoolId={setup.userPoolId} clientId={setup.clientId} now={view.now} />
        );
      }
      case 'requests': {
        const entries = view.cloud.log.entries.slice(view.logStart);
        return <RequestsPanel entries={entries} currentFrom={Math.max(0, currentFrom - view.logStart)} />;
      }
      case 'users':
        return <UsersPanel userPools={view.cloud.inspect(cognitoIdp)} />;
    }
  };
  return (
    <Tabs<InspectorId>
      className="inspectors"
      label="Inspectors"
      tabs={TABS}
      selected={tab}
      onSelect={setTab}
      renderPanel={(id) => (
        <ErrorBoundary name={`${TABS.find((t) => t.id === id)!.label} panel`} onReset={onReset} resetKey={resetKey}>
          {panel(id)}
        </ErrorBoundary>
      )}
    />
  );
}
