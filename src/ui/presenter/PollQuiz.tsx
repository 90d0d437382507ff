import { useId, useState } from 'react';
import type { Quiz } from '../../content';
import { Markdown } from '../lesson/Markdown';

const LETTERS = 'ABCDEFGH';

/** "Poll the room": in presenter mode a quiz lists its options for a show of hands and holds the answer until revealed. */
export function PollQuiz({ quiz }: { quiz: Quiz }) {
  const id = useId();
  const [revealed, setRevealed] = useState(false);
  return (
    <section className="quiz poll" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`} className="poll-question">
        <span className="quiz-badge">Poll the room</span> {quiz.question}
      </p>
      <ol className="poll-options">
        {quiz.options.map((option, i) => (
          <li key={i} className={`quiz-option${revealed && i === quiz.answer ? ' is-right' : ''}`}>
            <strong aria-hidden="true">{LETTERS[i]}</strong> <span>{option}</span>
            {revealed && i === quiz.answer && <span className="sr-only"> (the answer)</span>}
          </li>
        ))}
      </ol>
      <button type="button" className="button" aria-expanded={revealed} onClick={() => setRevealed(!revealed)}>
        {revealed ? 'Hide the answer' : 'Reveal the answer'}
      </button>
      <div role="status" className="quiz-result">
        {revealed && (
          <div className="quiz-right">
            <strong>The answer is “{quiz.options[quiz.answer]}”.</strong> {quiz.explainHtml && <Markdown html={quiz.explainHtml} className="inline" />}
          </div>
        )}
      </div>
    </section>
  );
}
