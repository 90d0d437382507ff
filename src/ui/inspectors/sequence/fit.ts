/**
 * Sequence diagrams drawn for the room they get. Instead of drawing at Mermaid's default size and scaling the picture to
 * the panel (which shrank labels to 5–9 px), the diagram is laid out for the panel's width: a font size from the root
 * font size (so Large text and presenter mode enlarge it) that grows a little with the panel, and actor boxes and gaps
 * that share the width between the participants. Messages wrap within their columns. The settings go into the Mermaid
 * text as an `%%{init}%%` directive, so the SVG cache is keyed by source and layout together.
 */

/** What a diagram has to fit in: its box's inner width and the root font size, both in CSS px. */
export interface Room {
  width: number;
  rootPx: number;
}

/** The font size (px) and Mermaid's `sequence` settings this module chooses. */
export interface SequenceLayout {
  fontSize: number;
  sequence: SequenceSettings;
}

interface SequenceSettings {
  width: number;
  height: number;
  actorMargin: number;
  messageMargin: number;
  boxMargin: number;
  boxTextMargin: number;
  noteMargin: number;
  wrapPadding: number;
  diagramMarginX: number;
  diagramMarginY: number;
  wrap: true;
}

/** Width in CSS px of `text` set at `fontPx` in the diagrams' font. */
export type Measure = (text: string, fontPx: number) => number;

export const DIAGRAM_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The font size never goes below this share of the root size, however narrow the panel (then the SVG is scaled). */
const FLOOR = 0.72;

/** Participants (in `participant X` lines), boxes, and every word a label must fit on one line. */
function contentOf(source: string) {
  const participants: string[] = [];
  const words: string[] = [];
  let boxes = 0;
  for (const line of source.split('\n')) {
    const t = line.trim();
    const named = /^participant\s+(.+)$/.exec(t);
    if (named) {
      participants.push(named[1]!);
      continue;
    }
    if (/^box\s/.test(t)) boxes += 1;
    const label = /^[^:]+:\s*(.*)$/.exec(t)?.[1];
    if (label) words.push(...label.split(/\s+/));
  }
  return { participants, words, boxes };
}

/** Widths in px, at one font size, of the longest word of any message and of any participant's name. */
interface Widest {
  message: number;
  actor: number;
}

/**
 * Columns of `width` (the actor boxes) with `actorMargin` between them. Mermaid wraps a message to the distance between
 * its two lifelines (width + actorMargin for neighbours), so the longest message word needs that span and a name's
 * longest word needs the box. The spare room goes to the gaps first: a narrower box leaves a wider span.
 */
function layoutAt(
  fontPx: number,
  room: Room,
  count: number,
  boxes: number,
  widest: Widest,
  breakWords = false,
): SequenceSettings & { fontSize: number; fits: boolean } {
  const f = Math.round(fontPx * 2) / 2;
  const pad = Math.round(f * 0.5);
  const boxMargin = Math.round(f * 0.6);
  // Mermaid draws a box's frame two box margins outside the bounds it sizes the picture by: room for the last one.
  const diagramMarginX = Math.max(6, Math.round(f * 0.5)) + (boxes ? 2 * boxMargin : 0);
  // Each box adds its padding on both sides and a gap to the next one (sequenceRenderer's standard box padding).
  const avail = room.width - 2 * diagramMarginX - boxes * boxMargin * 5;
  const minGap = Math.round(f * 1.2);
  const nameBox = Math.ceil(widest.actor + 2 * pad);
  const whole = Math.ceil(widest.message + 2 * pad);
  // With `breakWords`, a word longer than the room between two lifelines (an S3 key, an ARN) is broken by Mermaid's
  // wrapping rather than allowed to spread the diagram wider than its panel.
  const span = breakWords ? Math.min(whole, Math.floor((avail - count * nameBox) / Math.max(1, count - 1))) : whole;
  // Boxes wider than about 16 characters would only spread out; and no wider than leaves each span its longest word.
  const even = (avail - (count - 1) * minGap) / count;
  const roomy = count > 1 ? avail - (count - 1) * span : avail;
  const width = Math.floor(Math.max(nameBox, Math.min(even, f * 11, roomy)));
  const actorMargin = count > 1 ? Math.floor(Math.max(minGap, (avail - count * width) / (count - 1), span - width)) : minGap;
  return {
    fontSize: f,
    width,
    height: Math.round(f * 3),
    actorMargin,
    messageMargin: Math.round(f * 2.2),
    boxMargin,
    boxTextMargin: Math.round(f * 0.3),
    noteMargin: Math.round(f * 0.6),
    wrapPadding: pad,
    diagramMarginX,
    diagramMarginY: Math.round(f * 0.6),
    wrap: true,
    fits: count * width + (count - 1) * actorMargin <= avail,
  };
}

/**
 * The layout for `source` in `room`: the font is 80 % of the root size in a narrow panel, growing to the root size in
 * a panel 1,100 px wide; if the longest words would not fit, the font shrinks (down to FLOOR of the root size; then a
 * word still too long is broken, and only names too wide for the room draw the diagram wider and the SVG scaled down).
 */
export function sequenceLayout(source: string, room: Room, measure: Measure): SequenceLayout {
  const { participants, words, boxes } = contentOf(source);
  const count = Math.max(1, participants.length);
  const grow = Math.min(1, Math.max(0, (room.width - 480) / 620));
  let fontPx = room.rootPx * (0.8 + 0.2 * grow);
  const floor = room.rootPx * FLOOR;
  for (;;) {
    const longest = (list: string[]) => Math.max(0, ...list.map((w) => measure(w, fontPx)));
    const widest = { message: longest(words), actor: longest(participants.flatMap((p) => p.split(/\s+/))) };
    const whole = layoutAt(fontPx, room, count, boxes, widest);
    const atFloor = fontPx - 0.5 < floor;
    // At the smallest font, words too long for their span are broken, so only participants' names can widen the diagram.
    const layout = whole.fits || !atFloor ? whole : layoutAt(fontPx, room, count, boxes, widest, true);
    if (layout.fits || atFloor) {
      const { fits: _, fontSize, ...sequence } = layout;
      return { fontSize, sequence };
    }
    fontPx -= 0.5;
  }
}

/**
 * `source` with its layout for `room` in front, as a Mermaid init directive. The font size is the top-level
 * `fontSize`: Mermaid's sequence renderer copies it over the per-role sizes (actorFontSize, messageFontSize…).
 */
export function fitSequence(source: string, room: Room, measure: Measure = canvasMeasure()): string {
  return `%%{init: ${JSON.stringify(sequenceLayout(source, room, measure))}}%%\n${source}`;
}

let context: CanvasRenderingContext2D | null | undefined;

/** Measures with a canvas in the diagrams' font; without one (Node), about 0.55 em per character. */
export function canvasMeasure(): Measure {
  context ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return (text, fontPx) => text.length * fontPx * 0.55;
  return (text, fontPx) => {
    ctx.font = `${fontPx}px ${DIAGRAM_FONT}`;
    return ctx.measureText(text).width;
  };
}
