import type { OutboxMessage } from '../../engine';
import { formatUtc, relativeTime } from '../inspectors/tokens/time';
import { CopyButton } from '../shell/CopyButton';

interface Props {
  messages: readonly OutboxMessage[];
  now: number;
  /** Free mode: put a code into the app's code field. */
  onUseCode?: (code: string) => void;
}

const PURPOSE: Record<string, string> = {
  SignUp: 'sign-up confirmation',
  ResendCode: 'a new confirmation code',
  ForgotPassword: 'password reset',
  AdminCreateUser: 'invitation with a temporary password',
  VerifyUserAttribute: 'attribute verification',
  UpdateUserAttribute: 'attribute verification',
};

/** Every email and SMS the pool "sent", newest first, with the code large enough to read at a glance. */
export function Inbox({ messages, now, onUseCode }: Props) {
  const newest = [...messages].reverse();
  if (!newest.length) return <p className="muted inbox-empty">No messages yet. Codes the pool sends (sign-up, password reset) arrive here.</p>;
  return (
    <ol className="inbox" aria-label="Messages, newest first">
      {newest.map((m, i) => (
        <li key={m.id} className={`mail${i === 0 ? ' is-newest' : ''}`}>
          <article aria-label={`${m.subject}, to ${m.to}`}>
            <header className="mail-head">
              <h3 className="mail-subject">{m.subject}</h3>
              <p className="small muted">
                {m.channel === 'SMS' ? 'SMS' : 'Email'} to <span className="mono">{m.to}</span> · {formatUtc(m.time)} ({relativeTime(m.time, now)}) ·{' '}
                {PURPOSE[m.purpose] ?? m.purpose}
              </p>
            </header>
            {m.code && (
              <div className="mail-code">
                <span className="small">Code</span>
                <strong className="code mono" aria-label={`Code ${m.code.split('').join(' ')}`}>
                  {m.code}
                </strong>
                <CopyButton text={m.code} label={`Copy code ${m.code}`} />
                {onUseCode && (
                  <button type="button" className="button button-small" onClick={() => onUseCode(m.code!)}>
                    Type it into the app
                  </button>
                )}
              </div>
            )}
            <p className="mail-body">{m.body}</p>
          </article>
        </li>
      ))}
    </ol>
  );
}
