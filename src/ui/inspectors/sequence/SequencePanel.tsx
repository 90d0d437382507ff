import { useMemo, useRef } from 'react';
import { revealedEnd, topLevelRequests } from '../../../flows/diagrams/requestSpans';
import { storyDiagram } from '../../../flows/diagrams/story';
import type { StoryMessage } from '../../../flows/story/machine';
import type { SessionView } from '../../../flows/session';
import { useView } from '../../shell/SessionContext';
import { useDrawAhead } from './drawAhead';
import { MermaidView } from '../MermaidView';
import { useRevealed, type Revealed } from '../reveal';
import { latestRoom } from '../useRoom';
import { fitSequence } from './fit';
import { sequenceModule, useSequenceModule } from './lazySequence';
import { usePointing } from '../pointing';

export interface TranscriptItem {
  text: string;
  label?: 'authentication' | 'authorization' | 'public';
  current: boolean;
  /** Who asks, with what, and who decides (a request of the cloud's log). */
  strip?: string;
  /** A story's cast, where it changes (the diagram's box). */
  cast?: string;
}

/**
 * The same messages as the diagram, in words: what a screen reader reads instead of the picture. Each line points at its
 * message in the diagram (Enter, Space or a click; pointing.ts).
 */
export function Transcript({ items, labelBadges = false }: { items: TranscriptItem[]; labelBadges?: boolean }) {
  if (!items.length) return <p className="muted small">No messages yet.</p>;
  return (
    <ol className="transcript" aria-label="Transcript of the diagram">
      {items.map((item, i) => (
        <li
          key={i}
          className={`${item.current ? 'is-current ' : ''}transcript-${item.label ?? 'none'}`}
          aria-current={item.current ? 'step' : undefined}
          data-point={`message-${i}`}
          tabIndex={0}
        >
          {item.cast && <strong className="transcript-cast">{item.cast}: </strong>}
          {item.text}
          {item.strip && (
            <>
              {' '}
              <span className="who-decides small">Who asks: {item.strip}.</span>
            </>
          )}
          {labelBadges && item.label && (
            <>
              {' '}
              <span className={`label label-${item.label}`}>{item.label}</span>
            </>
          )}
          {item.current && <span className="sr-only"> (this step)</span>}
        </li>
      ))}
    </ol>
  );
}

type SequenceInputs = Pick<SessionView, 'log' | 'outbox' | 'logStart' | 'stepLogMarks' | 'stepIndex' | 'snapshot' | 'flowId'>;

/**
 * A view's sequence diagram (messages up to its step, that step's highlighted) and the Mermaid source drawn for it.
 * `revealed` (presenter mode's progressive reveal) draws only the first of the step's requests. Undefined for a lesson
 * with requests until the request diagram's chunk is in (lazySequence.ts).
 */
export function sequenceFor(
  view: SequenceInputs,
  revealed?: Revealed,
): { diagram: { mermaid: string; transcript: TranscriptItem[] }; source: string } | undefined {
  const { log, outbox, logStart, flowId } = view;
  const { upTo: all, highlight, messages } = marksOf(view);
  const upTo = revealed ? revealedEnd(log, highlight, all, revealed.requests) : all;
  const holdLastResponse = revealed?.holdingResponse ?? false;
  const sequence = sequenceModule();
  if (flowId !== 'story' && !sequence) return undefined;
  const diagram =
    flowId === 'story' || !sequence
      ? storyDiagram(messages ?? [])
      : sequence.sequenceDiagram(log, outbox, { from: logStart, upTo, highlight, holdLastResponse });
  // Mermaid's message wrapping measures `#40;…#41;` entity text as one long word and hyphenates it; parentheses are
  // plain text in sequence messages, so they go in as they are.
  return { diagram, source: diagram.mermaid.replace(/#40;/g, '(').replace(/#41;/g, ')') };
}

function marksOf({ log, logStart, stepLogMarks, stepIndex, snapshot }: SequenceInputs) {
  return {
    upTo: stepLogMarks[stepIndex] ?? log.length,
    highlight: stepIndex > 0 ? (stepLogMarks[stepIndex - 1] ?? logStart) : logStart,
    messages: (snapshot.context as { messages?: StoryMessage[] }).messages,
  };
}

/** The next step's diagram as it will be drawn: laid out for the room the current one has. */
const nextSequenceSource = (next: SessionView) => {
  const room = latestRoom();
  const drawn = sequenceFor(next);
  return room && drawn ? fitSequence(drawn.source, room) : undefined;
};

/** Messages up to the current step, the current step's highlighted, each labelled authentication, authorization or no identity checked, with who asks and who decides. */
export function SequencePanel() {
  const view = useView();
  const { log, outbox, logStart, stepIndex, flowId, lessonId } = view;
  const { upTo, highlight, messages } = marksOf(view);
  const requests = flowId === 'story' ? 0 : topLevelRequests(log, highlight, upTo).length;
  const revealed = useRevealed(lessonId, stepIndex, requests);
  const sequence = useSequenceModule(flowId !== 'story');
  const drawn = useMemo(
    () => sequenceFor(view, revealed),
    // The log only grows, so its length identifies its content.
    [sequence, flowId, messages, log.length, log, outbox, logStart, upTo, highlight, revealed?.requests, revealed?.holdingResponse],
  );
  useDrawAhead(nextSequenceSource);
  const root = useRef<HTMLDivElement>(null);
  usePointing(root, `${view.lessonId}:${stepIndex}`);
  if (!drawn) {
    return (
      <div ref={root} className="sequence-panel" data-step={stepIndex + 1}>
        <p className="busy">Drawing the requests…</p>
      </div>
    );
  }
  const { diagram, source } = drawn;
  const empty = diagram.transcript.length === 0;
  return (
    <div ref={root} className="sequence-panel" data-step={stepIndex + 1}>
      <p className="legend-row">
        <span>
          <span className="label label-authentication">authentication</span> who are you?
        </span>
        <span>
          <span className="label label-authorization">authorization</span> what may you do?
        </span>
        {flowId !== 'story' && (
          <span>
            <span className="label label-public">no identity checked</span> anyone may ask
          </span>
        )}
        <span>
          {revealed
            ? `Revealing this step: ${revealed.requests} of ${requests} requests shown (→ shows more).`
            : diagram.transcript.some((t) => t.current)
              ? 'Highlighted: this step.'
              : 'This step sent no messages.'}
        </span>
      </p>
      {empty && (
        <p className="muted small">
          {flowId === 'story' ? 'The story has not started yet.' : 'No requests yet in this lesson: “Next step” makes the app call the user pool.'}
        </p>
      )}
      <div className="sequence">
        <MermaidView
          pointable
          fit={fitSequence}
          source={source}
          label="Sequence diagram of the messages so far. The transcript lists the same messages in words."
        />
        <section aria-label="Transcript">
          <h3 className="panel-heading">Transcript</h3>
          {/* Story lines carry their label apart; the cloud's requests say it in their text already. */}
          <Transcript items={diagram.transcript} labelBadges={flowId === 'story'} />
        </section>
      </div>
    </div>
  );
}
