import { useEffect, useId, useState } from 'react';

interface Props {
  label: string;
  name: string;
  value: string;
  type?: 'text' | 'password' | 'email';
  /** Free mode: the learner types; each change goes to the flow as `form.change`. */
  editable: boolean;
  onChange(value: string): void;
  /** Set when a guided step just typed this value: replays a short typing animation (never blocks anything). */
  typedKey?: string | undefined;
  autoComplete?: string;
  hint?: string;
  inputMode?: 'numeric' | 'text' | 'email';
}

/** A labelled field of the mock app. In guided mode it is read-only and shows the values being typed. */
export function Field({ label, name, value, type = 'text', editable, onChange, typedKey, autoComplete, hint, inputMode }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [typing, setTyping] = useState<string | undefined>(typedKey);
  useEffect(() => setDraft(value), [value]);
  useEffect(() => setTyping(typedKey), [typedKey]);
  const shown = editable ? draft : value;
  const chars = Math.max(1, Math.min(shown.length, 40));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-box">
        <input
          id={id}
          name={name}
          type={type}
          className={`input${typing && shown ? ' is-typing' : ''}`}
          value={shown}
          readOnly={!editable}
          autoComplete={autoComplete ?? 'off'}
          spellCheck={false}
          inputMode={inputMode}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => {
            setDraft(event.target.value);
            setTyping(undefined);
            onChange(event.target.value);
          }}
        />
        {typing && shown && (
          <span
            key={typing}
            className="typing"
            aria-hidden="true"
            style={{ ['--chars' as string]: chars, ['--duration' as string]: `${Math.min(900, 45 * chars)}ms` }}
            onAnimationEnd={(event) => {
              if (event.animationName === 'typing-reveal') setTyping(undefined);
            }}
          >
            {type === 'password' ? '•'.repeat(shown.length) : shown}
          </span>
        )}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
