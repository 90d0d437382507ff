/**
 * A story's messages (`Moviegoer->>Ticket site: pays and proves who they are`) as a Mermaid sequence diagram, each
 * cast's participants (a step's `cast` attribute) in a box of their own.
 */
import type { StoryMessage } from '../story/machine';
import { mermaidText } from './mermaidText';

export interface StoryLine {
  text: string;
  label?: 'authentication' | 'authorization';
  /** The newest message: the one this step told. */
  current: boolean;
  /** The cast telling this message, where it differs from the message before. */
  cast?: string;
}

const ARROW = /^\s*([^\-<>:;#]+?)\s*(-->>|->>|--x|-x|--\)|-\)|-->|->)\s*([^\-<>:;#]+?)\s*:\s*(.*)$/;

/** A participant name Mermaid reads as one actor: letters, digits, spaces, dots, apostrophes. */
const participant = (name: string): string =>
  name
    .replace(/[^\p{L}\p{N} _.']/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim() || 'Someone';

/** Parses `A->>B: text`; undefined when the message is not in that form. */
export function parseStoryMessage(message: string): { from: string; arrow: string; to: string; text: string } | undefined {
  const match = ARROW.exec(message);
  if (!match) return undefined;
  const [, from, arrow, to, text] = match as unknown as [string, string, string, string, string];
  return { from: participant(from), arrow, to: participant(to), text };
}

/** Tints for the casts' boxes, in turn: light enough for black labels, distinct from the highlight's yellow. */
const CAST_TINTS = ['rgba(61, 110, 168, 0.07)', 'rgba(46, 125, 50, 0.08)', 'rgba(142, 68, 173, 0.07)'];

/**
 * The participants in order of appearance, grouped by the cast of the first message that names them: one Mermaid
 * `box` per cast, in the order the casts appear; participants of messages without a cast stand outside any box.
 */
function participantLines(parsed: { parts?: { from: string; to: string }; cast?: string }[]): { lines: string[]; first?: string } {
  const castOf = new Map<string, string | undefined>();
  for (const { parts, cast } of parsed) for (const name of parts ? [parts.from, parts.to] : []) if (!castOf.has(name)) castOf.set(name, cast);
  if (castOf.size === 0) return { lines: ['  participant Story'], first: 'Story' };
  const groups: { cast?: string; names: string[] }[] = [];
  for (const [name, cast] of castOf) {
    const group = groups.find((g) => g.cast === cast);
    if (group) group.names.push(name);
    else groups.push({ ...(cast ? { cast } : {}), names: [name] });
  }
  const lines: string[] = [];
  let tint = 0;
  for (const { cast, names } of groups) {
    if (cast) lines.push(`  box ${CAST_TINTS[tint++ % CAST_TINTS.length]} ${cast}`);
    lines.push(...names.map((n) => `  participant ${n}`));
    if (cast) lines.push('  end');
  }
  return { lines, first: groups[0]?.names[0] };
}

export function storyDiagram(messages: readonly StoryMessage[]): { mermaid: string; transcript: StoryLine[] } {
  const parsed = messages.map((m) => ({ ...m, parts: parseStoryMessage(m.message) }));
  const { lines: cast, first } = participantLines(parsed);
  const lines = ['sequenceDiagram', ...cast];
  const transcript: StoryLine[] = [];
  parsed.forEach(({ parts, label, message, cast }, i) => {
    const current = i === parsed.length - 1;
    const text = parts ? parts.text : message;
    const suffix = label ? ` (${label})` : '';
    if (current) lines.push('  rect rgba(255, 221, 87, 0.25)');
    lines.push(parts ? `  ${parts.from}${parts.arrow}${parts.to}: ${mermaidText(text + suffix)}` : `  Note over ${first}: ${mermaidText(text + suffix)}`);
    if (current) lines.push('  end');
    // The transcript names the cast where it changes, as the diagram's boxes do.
    const castChanged = cast !== undefined && cast !== parsed[i - 1]?.cast;
    transcript.push({
      text: parts ? `${parts.from} → ${parts.to}: ${text}` : text,
      ...(label ? { label } : {}),
      ...(castChanged ? { cast } : {}),
      current,
    });
  });
  return { mermaid: lines.join('\n'), transcript };
}
