/** Text that is safe inside a Mermaid label: characters Mermaid would read as syntax become its `#code;` entities. */

const ENTITIES: Record<string, string> = {
  '#': '#35;',
  ';': '#59;',
  ':': '#58;',
  '"': '#quot;',
  '{': '#123;',
  '}': '#125;',
  '<': '#lt;',
  '>': '#gt;',
  '%': '#37;',
  '|': '#124;',
  '`': '#96;',
  '\\': '#92;',
};

/** Escapes a label for a Mermaid message, note or transition; newlines become spaces. */
export function mermaidText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#;:"{}<>%|`\\]/g, (c) => ENTITIES[c] ?? c);
}

/** An id Mermaid accepts for a state or participant: letters, digits and underscores. */
export function mermaidId(text: string): string {
  return text.replace(/[^A-Za-z0-9_]/g, '_');
}
