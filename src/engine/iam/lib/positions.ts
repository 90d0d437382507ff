/**
 * Where each statement of a policy document sits in its JSON text, for the simulator's MatchedStatements
 * (StartPosition / EndPosition). [U] AWS's exact convention; here lines and columns count from 1, the start is the
 * statement's `{` and the end its `}`.
 */
export interface Position {
  Line: number;
  Column: number;
}

export interface Span {
  start: Position;
  end: Position;
}

/** The spans of the document's statements in order (a single statement object counts as one); empty when unreadable. */
export function statementSpans(text: string): Span[] {
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const skipString = () => {
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  const readString = (): string => {
    const from = i;
    skipString();
    try {
      return JSON.parse(text.slice(from, i)) as string;
    } catch {
      return '';
    }
  };
  const skipValue = (): void => {
    ws();
    const c = text[i];
    if (c === '"') return skipString();
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      for (ws(); i < text.length && text[i] !== close; ws()) {
        if (c === '{') {
          readString();
          ws();
          i++; // the colon
        }
        skipValue();
        ws();
        if (text[i] === ',') i++;
      }
      i++;
      return;
    }
    while (i < text.length && !/[,}\]\s]/.test(text[i]!)) i++;
  };
  const spanOfValue = (): Span => {
    ws();
    const start = i;
    skipValue();
    return { start: at(text, start), end: at(text, i - 1) };
  };
  ws();
  if (text[i] !== '{') return [];
  i++;
  for (ws(); i < text.length && text[i] !== '}'; ws()) {
    if (text[i] !== '"') return [];
    const key = readString();
    ws();
    i++;
    ws();
    if (key === 'Statement') {
      if (text[i] === '{') return [spanOfValue()];
      if (text[i] !== '[') return [];
      const spans: Span[] = [];
      i++;
      for (ws(); i < text.length && text[i] !== ']'; ws()) {
        spans.push(spanOfValue());
        ws();
        if (text[i] === ',') i++;
      }
      return spans;
    }
    skipValue();
    ws();
    if (text[i] === ',') i++;
  }
  return [];
}

function at(text: string, index: number): Position {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { Line: line, Column: index - before.lastIndexOf('\n') };
}
