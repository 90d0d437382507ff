import { useId, useState } from 'react';
import type { Quiz as QuizData } from '../../content';
import { Markdown } from './Markdown';

/**
 * A check-your-understanding question: pick an option, check it, read why. A wrong answer can be retried: the right one
 * and the explanation show only once the learner gets it, or asks for it.
 */
export function Quiz({ quiz }: { quiz: QuizData }) {
  const id = useId();
  const [choice, setChoice] = useState<number | undefined>();
  const [checked, setChecked] = useState<number | undefined>();
  const [shown, setShown] = useState(false);
  const right = checked !== undefined && checked === quiz.answer;
  const answered = right || shown;
  return (
    <form
      className="quiz"
      aria-labelledby={`${id}-q`}
      onSubmit={(event) => {
        event.preventDefault();
        if (choice !== undefined) setChecked(choice);
      }}
    >
      <fieldset>
        <legend id={`${id}-q`}>
          <span className="quiz-badge">Quick check</span> {quiz.question}
        </legend>
        {quiz.options.map((option, i) => (
          <label key={i} className={`quiz-option${checked === i ? (right ? ' is-right' : ' is-wrong') : ''}`}>
            <input
              type="radio"
              name={`${id}-option`}
              value={i}
              checked={choice === i}
              onChange={() => {
                setChoice(i);
                setChecked(undefined);
              }}
            />
            <span>{option}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={choice === undefined}>
        Check answer
      </button>
      <div role="status" className="quiz-result">
        {checked !== undefined && (
          <div className={right ? 'quiz-right' : 'quiz-wrong'}>
            <strong>{right ? '✓ Right.' : '✗ Not quite.'}</strong>{' '}
            {right ? '' : shown ? `The answer is “${quiz.options[quiz.answer]}”. ` : 'Pick another answer and check again. '}
            {answered && quiz.explainHtml && <Markdown html={quiz.explainHtml} className="inline" />}
          </div>
        )}
        {checked !== undefined && !answered && (
          <button type="button" className="button button-small" onClick={() => setShown(true)}>
            Show the answer
          </button>
        )}
      </div>
    </form>
  );
}
