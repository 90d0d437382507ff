import { describe, expect, it } from 'vitest';
import { storyDiagram } from '../../../src/flows/diagrams/story';
import { storyGuided } from '../../../src/flows/story/guided';

const CONCERT = [
  { message: 'Concert hall->>Ticket site: agrees to honour its tickets', cast: 'The concert' },
  { message: 'Fan->>Ticket site: signs in and pays', label: 'authentication' as const, cast: 'The concert' },
  { message: 'App->>User pool: signs the user in', label: 'authentication' as const, cast: 'In Cognito' },
  { message: 'App->>Identity pool: trades the ID token', label: 'authorization' as const, cast: 'In Cognito' },
];

const participantsOf = (mermaid: string) => mermaid.split('\n').filter((l) => /^\s*(participant|box|end)\b/.test(l) && !l.includes('rect'));

describe('storyDiagram', () => {
  it('draws each cast in a box of its own, with the participants its messages name first', () => {
    const { mermaid } = storyDiagram(CONCERT);
    expect(participantsOf(mermaid).map((l) => l.trim().replace(/^box rgba\([^)]*\) /, 'box '))).toEqual([
      'box The concert',
      'participant Concert hall',
      'participant Ticket site',
      'participant Fan',
      'end',
      'box In Cognito',
      'participant App',
      'participant User pool',
      'participant Identity pool',
      'end',
      // the highlight's rect closes with an `end` of its own
      'end',
    ]);
  });

  it('draws a story without casts in one row, as before', () => {
    const { mermaid } = storyDiagram(CONCERT.map(({ cast: _, ...m }) => m));
    expect(mermaid).not.toContain('box');
    expect(mermaid.split('\n').slice(0, 7)).toEqual([
      'sequenceDiagram',
      '  participant Concert hall',
      '  participant Ticket site',
      '  participant Fan',
      '  participant App',
      '  participant User pool',
      '  participant Identity pool',
    ]);
  });

  it('names the cast in the transcript where it changes', () => {
    const { transcript } = storyDiagram(CONCERT);
    expect(transcript.map((t) => t.cast)).toEqual(['The concert', undefined, 'In Cognito', undefined]);
  });

  it('keeps participants of messages without a cast outside the boxes', () => {
    const { mermaid } = storyDiagram([{ message: 'Narrator->>Fan: an aside' }, { message: 'Fan->>Hall: arrives', cast: 'The concert' }]);
    expect(participantsOf(mermaid).map((l) => l.trim().replace(/^box rgba\([^)]*\) /, 'box '))).toEqual([
      'participant Narrator',
      'participant Fan',
      'box The concert',
      'participant Hall',
      'end',
      'end',
    ]);
  });
});

describe('story.tell', () => {
  it("tells the step's message with its label and cast", () => {
    const plan = storyGuided['story.tell']!.plan({
      outbox: [],
      snapshot: undefined as never,
      setup: {},
      step: { message: 'App->>User pool: signs in', label: 'authentication', cast: 'In Cognito' },
    });
    expect(plan.events).toEqual([{ type: 'story.tell', message: 'App->>User pool: signs in', label: 'authentication', cast: 'In Cognito' }]);
  });
});
