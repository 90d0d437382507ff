import { describe, expect, it } from 'vitest';
import type { SessionView } from '../../src/flows/session';
import { sequenceFor } from '../../src/ui/inspectors/sequence/SequencePanel';
import { loadSequence, sequenceModule } from '../../src/ui/inspectors/sequence/lazySequence';

const viewOf = (flowId: SessionView['flowId']) =>
  ({ log: [], outbox: [], logStart: 0, stepLogMarks: [], stepIndex: 0, snapshot: { context: {} }, flowId }) as unknown as SessionView;

describe('the request diagram in a chunk of its own', () => {
  it('draws a story without it, a lesson with requests only once it has loaded', async () => {
    expect(sequenceModule()).toBeUndefined();
    expect(sequenceFor(viewOf('story'))?.diagram.transcript).toEqual([]);
    expect(sequenceFor(viewOf('signUp'))).toBeUndefined();
    await loadSequence();
    expect(sequenceFor(viewOf('signUp'))?.source.startsWith('sequenceDiagram')).toBe(true);
  });
});
