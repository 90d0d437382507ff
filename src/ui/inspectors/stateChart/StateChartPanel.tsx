import { useMemo, useRef, useState } from 'react';
import type { AnyStateMachine, StateNode } from 'xstate';
import type { Lesson } from '../../../content';
import { stateChart } from '../../../flows/diagrams/stateChart';
import { words } from '../../../flows/diagrams/plainWords';
import { statePath } from '../../app/MockApp';
import { useView } from '../../shell/SessionContext';
import { MermaidView } from '../MermaidView';

/** The description the machine gives the active state (`signedIn.profileShown`). */
export function describeState(machine: AnyStateMachine, path: string): string | undefined {
  let node: StateNode<never, never> | undefined = machine.root as unknown as StateNode<never, never>;
  for (const key of path.split('.')) node = (node?.states as Record<string, StateNode<never, never>> | undefined)?.[key];
  return node?.description;
}

/**
 * The flow's machine, drawn from its own definition, with the current state highlighted: by default only the states this
 * lesson visits (the ones its steps are about, and any the learner reached), in plain words; the whole machine, with its
 * own event and guard names, one click away.
 */
export function StateChartPanel({ lesson }: { lesson?: Lesson }) {
  const { machine, snapshot, flowId } = useView();
  const [whole, setWhole] = useState(false);
  const path = statePath(snapshot.value);
  // States reached while this lesson is open, so a learner's detour in Free mode stays on the chart.
  const reached = useRef({ lesson: lesson?.id, paths: new Set<string>() });
  if (reached.current.lesson !== lesson?.id) reached.current = { lesson: lesson?.id, paths: new Set() };
  reached.current.paths.add(path);
  const only = useMemo(() => {
    const paths = new Set(reached.current.paths);
    for (const step of lesson?.steps ?? []) if (step.state) paths.add(step.state);
    return paths;
    // `path` joins the set as it changes; the set is rebuilt when it does.
  }, [lesson, path]);
  const source = useMemo(() => stateChart(machine, snapshot, whole ? {} : { plain: true, only }), [machine, snapshot, whole, only]);
  const description = describeState(machine, path);
  const label = whole ? `State chart of the whole ${flowId} flow` : `State chart of the states this lesson visits in the ${flowId} flow`;
  return (
    <div className="state-panel">
      <p className="state-now" aria-live="polite">
        The <strong>{flowId}</strong> flow is in state {whole ? null : `${words(path.split('.').pop() ?? path)} `}
        <span className="mono">{whole ? path : `(${path})`}</span>
        {description ? `: ${description}` : '.'}
      </p>
      <p className="state-scope">
        <button type="button" className="button button-small" aria-pressed={whole} onClick={() => setWhole(!whole)}>
          {whole ? 'Show only this lesson’s states' : 'Show the whole machine'}
        </button>
      </p>
      <MermaidView zoomable source={source} label={`${label}; the current state, ${path}, is highlighted.`} />
    </div>
  );
}
