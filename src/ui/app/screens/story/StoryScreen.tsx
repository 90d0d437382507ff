import type { ScreenProps } from '../../screenKit';

interface StoryLine {
  from: string;
  to: string;
  text: string;
  label?: string;
}

/** `Reader->>Front desk: shows an ID card` → parts; also accepts `{ message, label }` objects. */
export function storyLine(item: unknown): StoryLine | undefined {
  const raw = typeof item === 'string' ? { message: item } : (item as { message?: unknown; text?: unknown; label?: unknown } | undefined);
  const message = typeof raw?.message === 'string' ? raw.message : typeof raw?.text === 'string' ? raw.text : undefined;
  if (!message) return undefined;
  const match = /^\s*(.+?)\s*-[->)x]+\s*(.+?)\s*:\s*(.*)$/.exec(message);
  const label = typeof raw?.label === 'string' ? raw.label : undefined;
  if (!match) return { from: '', to: '', text: message, ...(label ? { label } : {}) };
  return { from: match[1]!, to: match[2]!, text: match[3]!, ...(label ? { label } : {}) };
}

/** Story lessons have no app: the story unfolds as a list of scenes. */
export function StoryScreen(props: ScreenProps) {
  const lines = (props.context.messages ?? []).map(storyLine).filter((l): l is StoryLine => l !== undefined);
  return (
    <div className="screen story" role="group" aria-label="Story">
      <h3 className="screen-title">The story so far</h3>
      {lines.length === 0 ? (
        <p className="screen-text">Press “Next step” to start the story.</p>
      ) : (
        <ol className="story-lines">
          {lines.map((line, i) => (
            <li key={i} className={i === lines.length - 1 ? 'is-current' : undefined}>
              {line.from && (
                <span className="story-actors">
                  {line.from} → {line.to}
                </span>
              )}
              <span className="story-text">{line.text}</span>
              {line.label && <span className={`label label-${line.label}`}>{line.label}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
