import { useEffect, useState } from 'react';
import type { Lesson } from '../../content';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { useView } from '../shell/SessionContext';
import { Tabs } from '../shell/Tabs';
import { rememberInspectorTab, takeRequestedTab } from './openTab';
import { inspectorsFor } from './registry';

/** The lesson's views of what happened (src/ui/inspectors/registry.ts), each in its own error boundary so one failing panel never blanks the page. */
export function Inspectors({ lesson, onReset }: { lesson: Lesson; onReset(): void }) {
  const tabs = inspectorsFor(lesson);
  const [chosen, setTab] = useState<string>(() => takeRequestedTab(tabs.map((t) => t.id)) ?? tabs[0]?.id ?? 'sequence');
  const tab = tabs.some((t) => t.id === chosen) ? chosen : (tabs[0]?.id ?? 'sequence');
  const view = useView();
  useEffect(() => rememberInspectorTab(tab), [tab]);
  const resetKey = `${lesson.id}:${view.stepIndex}:${tab}`;
  return (
    <Tabs<string>
      className="inspectors"
      label="Inspectors"
      tabs={tabs.map(({ id, label }) => ({ id, label }))}
      selected={tab}
      onSelect={setTab}
      renderPanel={(id) => {
        const inspector = tabs.find((t) => t.id === id);
        if (!inspector) return null;
        return (
          <ErrorBoundary name={`${inspector.label} panel`} onReset={onReset} resetKey={resetKey}>
            <inspector.Panel lesson={lesson} />
          </ErrorBoundary>
        );
      }}
    />
  );
}
