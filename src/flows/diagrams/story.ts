/** A story's messages (`Moviegoer->>Ticket site: pays and proves who they are`) as a Mermaid sequence diagram. */
import type { StoryMessage } from '../story/machine';
import { mermaidText } from './mermaidText';

export interface StoryLine {
  text: string;
  label?: 'authentication' | 'authorization';
  /** The newest message: the one this step told. */
  current: boolean;
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

export function storyDiagram(messages: readonly StoryMessage[]): { mermaid: string; transcript: StoryLine[] } {
  const parsed = messages.map((m) => ({ ...m, parts: parseStoryMessage(m.message) }));
  const participants: string[] = [];
  for (const { parts } of parsed) {
    for (const name of parts ? [parts.from, parts.to] : []) if (!participants.includes(name)) participants.push(name);
  }
  if (participants.length === 0) participants.push('Story');
  const lines = ['sequenceDiagram', ...participants.map((p) => `  participant ${p}`)];
  const transcript: StoryLine[] = [];
  parsed.forEach(({ parts, label, message }, i) => {
    const current = i === parsed.length - 1;
    const text = parts ? parts.text : message;
    const suffix = label ? ` (${label})` : '';
    if (current) lines.push('  rect rgba(255, 221, 87, 0.25)');
    lines.push(
      parts ? `  ${parts.from}${parts.arrow}${parts.to}: ${mermaidText(text + suffix)}` : `  Note over ${participants[0]}: ${mermaidText(text + suffix)}`,
    );
    if (current) lines.push('  end');
    transcript.push({ text: parts ? `${parts.from} → ${parts.to}: ${text}` : text, ...(label ? { label } : {}), current });
  });
  return { mermaid: lines.join('\n'), transcript };
}
