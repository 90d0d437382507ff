import { describe, expect, it } from 'vitest';
import { fitSequence, sequenceLayout, type Measure } from '../../src/ui/inspectors/sequence/fit';

/** About 0.55 em per character, as a sans-serif averages. */
const measure: Measure = (text, fontPx) => text.length * fontPx * 0.55;
const SOURCE = [
  'sequenceDiagram',
  '  participant App',
  '  participant User pool',
  '  participant Email',
  '  App->>User pool: InitiateAuth USER_PASSWORD_AUTH (authentication)',
  '  User pool-->>App: 400 InvalidParameterException',
].join('\n');

const drawnWidth = ({ sequence: s }: ReturnType<typeof sequenceLayout>, count: number) => count * s.width + (count - 1) * s.actorMargin + 2 * s.diagramMarginX;

describe('sequenceLayout', () => {
  it('sets the labels at 80 % of the root size in a narrow panel, and shares its width between the participants', () => {
    const layout = sequenceLayout(SOURCE, { width: 464, rootPx: 15 }, measure);
    expect(layout.fontSize).toBe(12);
    expect(layout.sequence.wrap).toBe(true);
    expect(drawnWidth(layout, 3)).toBeLessThanOrEqual(464);
  });

  it('grows the labels with the root size (Large text) and with the panel', () => {
    const base = sequenceLayout(SOURCE, { width: 800, rootPx: 15 }, measure).fontSize;
    expect(sequenceLayout(SOURCE, { width: 800, rootPx: 19 }, measure).fontSize).toBeGreaterThan(base);
    expect(sequenceLayout(SOURCE, { width: 1200, rootPx: 15 }, measure).fontSize).toBeGreaterThan(base);
  });

  it('leaves each span room for its longest word, shrinking the font if it must', () => {
    const layout = sequenceLayout(SOURCE, { width: 496, rootPx: 19 }, measure);
    expect(layout.fontSize).toBeLessThan(19 * 0.8);
    const word = measure('InvalidParameterException', layout.fontSize);
    expect(layout.sequence.width + layout.sequence.actorMargin).toBeGreaterThanOrEqual(word);
    expect(drawnWidth(layout, 3)).toBeLessThanOrEqual(496);
  });

  it('breaks a word too long for any span (an S3 key) at the smallest font, rather than drawing wider than the panel', () => {
    const names = ['App', 'User pool', 'Identity pool', 'STS', 'S3', 'IAM', 'Email'];
    const key = 'article-notes/us-east-1:93862a5d-c9ed-4a7b-b6fd-df69132db15b/notes.txt';
    const wide = ['sequenceDiagram', ...names.map((n) => `  participant ${n}`), `  App->>S3: PutObject ${key} (authorization)`].join('\n');
    const layout = sequenceLayout(wide, { width: 600, rootPx: 16 }, measure);
    expect(layout.fontSize).toBeCloseTo(16 * 0.72, 0);
    expect(drawnWidth(layout, names.length)).toBeLessThanOrEqual(600);
  });

  it('never goes below 72 % of the root size: a diagram too wide for a phone is drawn wider and scaled', () => {
    const layout = sequenceLayout(SOURCE, { width: 200, rootPx: 15 }, measure);
    expect(layout.fontSize).toBeGreaterThanOrEqual(15 * 0.72);
  });
});

describe('fitSequence', () => {
  it('puts the layout in front of the source as an init directive', () => {
    const text = fitSequence(SOURCE, { width: 464, rootPx: 15 }, measure);
    const [directive, ...rest] = text.split('\n');
    expect(rest.join('\n')).toBe(SOURCE);
    const init = JSON.parse(/^%%\{init: (.*)\}%%$/.exec(directive!)![1]!);
    expect(init).toEqual(sequenceLayout(SOURCE, { width: 464, rootPx: 15 }, measure));
  });
});
