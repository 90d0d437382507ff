import { Suspense, useEffect, useRef, useState } from 'react';
import type { Lesson } from '../../content';
import { ErrorBoundary } from '../shell/ErrorBoundary';
import { lessonHash, parseHash } from '../shell/route';
import { useView } from '../shell/SessionContext';
import { Tabs } from '../shell/Tabs';
import { rememberInspectorTab, takeRequestedTab } from './openTab';
import { replaceHash, useHashRoute } from '../shell/useHashRoute';
import { inspectorsFor } from './registry';
import { focusTab } from './focus/stepFocus';

/**
 * The lesson's views of what happened (src/ui/inspectors/registry.ts), each in its own error boundary so one failing panel
 * never blanks the page. An address may pick the tab (`?tab=tokens`); once picked, by the address or by the learner, the
 * address keeps saying which tab is open. A tab the lesson does not have is ignored. Arriving at a step with a `focus=`
 * (Next, Previous, a step link) opens the tab it names, as does opening the page at it unless the address or a share
 * link names a tab; the learner may switch away afterwards.
 */
export function Inspectors({ lesson, onReset }: { lesson: Lesson; onReset(): void }) {
  const tabs = inspectorsFor(lesson);
  const has = (id: string | undefined): id is string => tabs.some((t) => t.id === id);
  const route = useHashRoute();
  const view = useView();
  const stepKey = `${lesson.id}:${view.stepIndex}`;
  const pointed = focusTab(tabs, lesson.steps[view.stepIndex]?.focus);
  const settled = !view.busy;
  // A tab the address or a share link names wins on opening; else the step's focus picks it.
  const [named] = useState(() => (has(route.tab) ? route.tab : takeRequestedTab(tabs.map((t) => t.id))));
  const [chosen, setTab] = useState<string | undefined>(() => named ?? (settled ? pointed : undefined));
  const tab = has(chosen) ? chosen : (tabs[0]?.id ?? 'sequence');
  // Arriving is settling on a step: the steps a jump replays on the way (busy) are passed, not arrived at.
  const arrived = useRef(settled ? stepKey : undefined);
  useEffect(() => {
    if (!settled || arrived.current === stepKey) return;
    const first = arrived.current === undefined;
    arrived.current = stepKey;
    if (pointed && !(first && named)) setTab(pointed);
  }, [settled, stepKey, pointed, named]);
  useEffect(() => rememberInspectorTab(tab), [tab]);
  const seen = useRef(route.tab);
  useEffect(() => {
    if (route.tab !== seen.current) {
      // The address changed (a link, the learner typing): a tab it names wins over the one open.
      seen.current = route.tab;
      if (has(route.tab) && route.tab !== chosen) return setTab(route.tab);
    }
    if (chosen === undefined) return;
    // The learner picked a tab, or a step link wrote the address without it: the address says which tab is open.
    const at = parseHash(window.location.hash);
    if (at.lessonId === lesson.id && at.step !== undefined && at.tab !== chosen) replaceHash(lessonHash(lesson.id, at.step, chosen));
  });
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
            <Suspense fallback={<p className="panel-loading">Loading the {inspector.label} tab…</p>}>
              <inspector.Panel lesson={lesson} />
            </Suspense>
          </ErrorBoundary>
        );
      }}
    />
  );
}
