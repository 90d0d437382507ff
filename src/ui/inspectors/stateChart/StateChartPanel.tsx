import { useMemo } from 'react';
import type { AnyStateMachine, StateNode } from 'xstate';
import { stateChart } from '../../../flows/diagrams/stateChart';
import { statePath } from '../../app/MockApp';
import { useView } from '../../shell/SessionContext';
import { MermaidView } from '../MermaidView';

/** The description the machine gives the active state (`signedIn.profileShown`). */
export function describeState(machine: AnyStateMachine, path: string): string | undefined {
  let node: StateNode<never, never> | undefined = machine.root as unknown as StateNode<never, never>;
  for (const key of path.split('.')) node = (node?.states as Record<string, StateNode<never, never>> | undefined)?.[key];
  return node?.description;
}

/** The flow's machine, drawn from its own definition, with the current state highlighted. */
export function StateChartPanel() {
  const { machine, snapshot, flowId } = useView();
  const source = useMemo(() => stateChart(machine, snapshot), [machine, snapshot]);
  const path = statePath(snapshot.value);
  const description = describeState(machine, path);
  return (
    <div className="state-panel">
      <p className="state-now" aria-live="polite">
        The <strong>{flowId}</strong> flow is in state <span className="mono">{path}</span>
        {description ? `: ${description}` : '.'}
      </p>
      <MermaidView zoomable source={source} label={`State chart of the ${flowId} flow; the current state, ${path}, is highlighted.`} />
    </div>
  );
}
