/**
 * A flow machine as a Mermaid `stateDiagram-v2`, generated from the machine's own definition (its state nodes and
 * transitions), with the active states highlighted. Invoke results read as "<actor> done" / "<actor> failed", or, with
 * `plain`, in a learner's words (plainWords.ts); `only` draws just some states (the ones a lesson visits) and the
 * transitions between them.
 */
import type { AnyMachineSnapshot, AnyStateMachine, AnyStateNode } from 'xstate';
import { mermaidId, mermaidText } from './mermaidText';
import { plainTransition, words } from './plainWords';

export interface ChartOptions {
  /** State keys and transitions in plain words instead of the machine's names. */
  plain?: boolean;
  /** Dotted paths of the states to draw (`signedIn.profileShown`); their ancestors are drawn too. Default: every state. */
  only?: ReadonlySet<string>;
}

type Node = AnyStateNode;

export const CURRENT_CLASS = 'current';

/** A state's id in the chart: its path joined with underscores (`signedIn_profileShown`). */
export function chartId(node: { path: readonly string[] }): string {
  return mermaidId(node.path.join('_'));
}

/** `form.submit`, `getUser done`, `signIn failed`, with the guard in brackets (or in plain words). */
export function transitionLabel(eventType: string, guard?: unknown, plain = false): string {
  const guardName =
    typeof guard === 'string' ? guard : typeof guard === 'object' && guard !== null && 'type' in guard ? String((guard as { type: unknown }).type) : undefined;
  if (plain) return plainTransition(eventType, guardName);
  const done = /^xstate\.done\.actor\.(.+)$/.exec(eventType);
  const error = /^xstate\.error\.actor\.(.+)$/.exec(eventType);
  const event = done ? `${done[1]} done` : error ? `${error[1]} failed` : eventType;
  return guardName ? `${event} [${guardName}]` : event;
}

interface Edge {
  source: Node;
  target: Node;
  label: string;
  /** Path of the composite state the edge is written in ([] = top level). */
  block: string[];
}

const children = (node: Node): Node[] => Object.values(node.states as Record<string, Node>).sort((a, b) => a.order - b.order);
const isInside = (node: Node, ancestor: Node) => node.path.length > ancestor.path.length && ancestor.path.every((key, i) => node.path[i] === key);

function commonBlock(a: Node, b: Node): string[] {
  const block: string[] = [];
  for (let i = 0; i < Math.min(a.path.length, b.path.length) - 1 && a.path[i] === b.path[i]; i++) block.push(a.path[i]!);
  return block;
}

/** Every targeted transition; one a composite state offers its own children is drawn from each child that waits for input. */
function edgesOf(root: Node, plain: boolean): Edge[] {
  const edges: Edge[] = [];
  const visit = (node: Node) => {
    for (const [eventType, definitions] of node.transitions) {
      for (const definition of definitions) {
        for (const target of definition.target ?? []) {
          const label = transitionLabel(eventType, definition.guard, plain);
          const sources = isInside(target, node) ? children(node).filter((c) => !c.tags.includes('busy') && !c.transitions.has(eventType)) : [node];
          for (const source of sources) edges.push({ source, target, label, block: commonBlock(source, target) });
        }
      }
    }
    children(node).forEach(visit);
  };
  children(root).forEach(visit);
  return edges;
}

/** The machine as Mermaid text; `snapshot`'s active leaf states get the `current` class. */
export function stateChart(machine: AnyStateMachine, snapshot?: AnyMachineSnapshot, options: ChartOptions = {}): string {
  const root = machine.root as Node;
  const { only, plain = false } = options;
  const all = edgesOf(root, plain);
  // A state is drawn when a path names it or one of its descendants (so its ancestors are drawn); so is a busy state (a
  // call in flight) between two drawn ones, which no lesson step rests in.
  const named = (node: Node): boolean => {
    const own = node.path.join('.');
    if (!only || [...only].some((path) => path === own || path.startsWith(`${own}.`))) return true;
    // A composite state named on its own is drawn with the state it starts in.
    const parent = node.parent;
    return parent !== undefined && parent.initial?.target?.[0] === node && only.has(parent.path.join('.'));
  };
  const between = (node: Node) =>
    node.tags.includes('busy') && all.some((e) => e.target === node && named(e.source)) && all.some((e) => e.source === node && named(e.target));
  const wanted = (node: Node): boolean => named(node) || between(node) || children(node).some(wanted);
  // A drawn composite state is drawn with the state it starts in, so the chart says where it starts (and Mermaid can lay
  // out the edges among its children: without an initial state it fails with "No such shape: roundedWithTitle").
  const shown = new Set<Node>();
  const include = (node: Node) => {
    if (shown.has(node) || !wanted(node)) return;
    shown.add(node);
    for (const child of children(node)) include(child);
    const initial = node.initial?.target?.[0] as Node | undefined;
    if (initial && !shown.has(initial)) includeWhole(initial);
  };
  const includeWhole = (node: Node) => {
    shown.add(node);
    for (const child of children(node)) if (wanted(child)) include(child);
    const initial = node.initial?.target?.[0] as Node | undefined;
    if (initial && !shown.has(initial)) includeWhole(initial);
  };
  children(root).forEach(include);
  const drawn = (node: Node): boolean => shown.has(node);
  const edges = all.filter((e) => drawn(e.source) && drawn(e.target));
  const lines = ['stateDiagram-v2'];
  const render = (node: Node, indent: string) => {
    const initial = node.initial?.target?.[0] as Node | undefined;
    if (initial && drawn(initial)) lines.push(`${indent}[*] --> ${chartId(initial)}`);
    for (const child of children(node).filter(drawn)) {
      const id = chartId(child);
      const name = mermaidText(plain ? words(child.key) : child.key);
      if (child.type === 'compound' || child.type === 'parallel') {
        lines.push(`${indent}state "${name}" as ${id} {`);
        render(child, indent + '  ');
        lines.push(`${indent}}`);
      } else {
        lines.push(`${indent}state "${name}" as ${id}`);
      }
    }
    const block = node.path.join('.');
    for (const edge of edges) {
      if (edge.block.join('.') === block) lines.push(`${indent}${chartId(edge.source)} --> ${chartId(edge.target)}: ${mermaidText(edge.label)}`);
    }
  };
  render(root, '  ');
  const active = snapshot ? activeLeaves(snapshot) : [];
  lines.push(`  classDef ${CURRENT_CLASS} fill:#ffdd57,stroke:#8a6d00,stroke-width:3px,color:#000`);
  if (active.length > 0) lines.push(`  class ${active.join(',')} ${CURRENT_CLASS}`);
  return lines.join('\n');
}

/** Chart ids of the snapshot's active atomic states. */
export function activeLeaves(snapshot: AnyMachineSnapshot): string[] {
  const nodes = (snapshot as unknown as { _nodes?: Node[] })._nodes ?? [];
  return nodes.filter((n) => n.type === 'atomic' || n.type === 'final').map(chartId);
}
