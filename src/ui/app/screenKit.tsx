import type { ReactNode } from 'react';
import type { EventObject } from 'xstate';
import { explainError, type WayOut } from './errorWords';
import { Field } from './Field';

/** What every mock-app screen gets from the running flow. */
export interface ScreenProps {
  /** The machine's context (the flow's form, results and error). */
  context: FlowContext;
  /** The active state path, e.g. `signedIn.profileShown`. */
  state: string;
  /** Free mode and not waiting on the pool: the learner may type and press buttons. */
  interactive: boolean;
  busy: boolean;
  send(event: EventObject): void;
  can(event: EventObject): boolean;
  /** Fields a guided step just typed, and a key that changes with each step. */
  typed?: Record<string, string> | undefined;
  typedKey: string;
  onWayOut(wayOut: WayOut): void;
}

export interface FlowContext {
  form?: Record<string, string>;
  error?: { code: string; message: string };
  codeDelivery?: { Destination?: string; DeliveryMedium?: string; AttributeName?: string };
  tokens?: { IdToken?: string; AccessToken?: string; RefreshToken?: string };
  profile?: { Username: string; UserAttributes: { Name: string; Value?: string }[] };
  pool?: Record<string, unknown>;
  client?: Record<string, unknown>;
  setup?: { userPoolId?: string; clientId?: string; username?: string; password?: string };
  messages?: unknown[];
  challenge?: { name: string; parameters: Record<string, string> };
  [key: string]: unknown;
}

export function AppField(props: ScreenProps & { field: string; label: string; type?: 'text' | 'password' | 'email'; hint?: string; numeric?: boolean }) {
  const { field, label, type, hint, numeric, context, interactive, send, typed, typedKey } = props;
  return (
    <Field
      label={label}
      name={field}
      type={type ?? 'text'}
      value={context.form?.[field] ?? ''}
      editable={interactive}
      onChange={(value) => send({ type: 'form.change', field, value } as EventObject)}
      typedKey={typed && field in typed ? typedKey : undefined}
      {...(hint ? { hint } : {})}
      {...(numeric ? { inputMode: 'numeric' as const } : {})}
    />
  );
}

/** A screen button: sends its event in free mode; in guided mode "Next step" does the pressing. */
export function AppButton({ props, event, children, primary }: { props: ScreenProps; event: EventObject; children: ReactNode; primary?: boolean }) {
  const enabled = props.interactive && props.can(event);
  return (
    <button type="button" className={`button${primary ? ' button-primary' : ''}`} disabled={!enabled} onClick={() => props.send(event)}>
      {children}
    </button>
  );
}

export function ScreenForm({ title, children, props, intro }: { title: string; children: ReactNode; props: ScreenProps; intro?: ReactNode }) {
  return (
    <form
      className="screen"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        if (props.interactive && props.can({ type: 'form.submit' })) props.send({ type: 'form.submit' });
      }}
    >
      <h3 className="screen-title">{title}</h3>
      {intro}
      {children}
      <Busy busy={props.busy} />
      <ErrorBox {...props} />
    </form>
  );
}

export function SubmitButton({ props, children }: { props: ScreenProps; children: ReactNode }) {
  const enabled = props.interactive && props.can({ type: 'form.submit' });
  return (
    <button type="submit" className="button button-primary" disabled={!enabled}>
      {children}
    </button>
  );
}

/** "Waiting for the user pool…" (or for your API, while the app calls it). */
export function Busy({ busy, state }: { busy: boolean; state?: string }) {
  return (
    <p className="busy" aria-live="polite">
      {busy ? (state?.endsWith('callingApi') ? 'Waiting for your API…' : 'Waiting for the user pool…') : ''}
    </p>
  );
}

/** The AWS error in plain words, the code and message beside, and the way out as a button. */
export function ErrorBox(props: ScreenProps) {
  const error = props.context.error;
  if (!error) return null;
  const { words, wayOut } = explainError(error);
  const event = wayOut && 'event' in wayOut ? resolveWayOut(wayOut.event, props.can) : undefined;
  const offered = wayOut && ('clockMs' in wayOut || event);
  return (
    <div className="app-error" role="alert">
      <p>
        <strong>{words}</strong> — <span className="aws-code">{error.code}</span>: {error.message}
      </p>
      {offered && (
        <button type="button" className="button" onClick={() => props.onWayOut(event ? { label: wayOut.label, event } : wayOut)}>
          {wayOut.label}
        </button>
      )}
    </div>
  );
}

/** "Send a new code" is `code.resend` in sign-up and `forgot.request` when resetting a password. */
function resolveWayOut(event: { type: string }, can: (e: EventObject) => boolean): { type: string } | undefined {
  if (can(event)) return event;
  if (event.type === 'code.resend' && can({ type: 'forgot.request' })) return { type: 'forgot.request' };
  return undefined;
}

/** Where the pool says it sent a code (its CodeDeliveryDetails), or the fallback. */
export function Delivery({ props, fallback }: { props: ScreenProps; fallback: string }) {
  const d = props.context.codeDelivery;
  if (!d?.Destination) return <p className="screen-text">{fallback}</p>;
  return (
    <p className="screen-text">
      We sent a code by {d.DeliveryMedium?.toLowerCase() ?? 'email'} to <span className="mono">{d.Destination}</span>. Open the <strong>Inbox</strong> tab to
      read it.
    </p>
  );
}

/** A finished step: a tick, the title, what it means. */
export function Done({ title, children, props }: { title: string; children: ReactNode; props: ScreenProps }) {
  return (
    <div className="screen" role="group" aria-label={title}>
      <h3 className="screen-title">
        <span aria-hidden="true">✓ </span>
        {title}
      </h3>
      {children}
      <Busy busy={props.busy} state={props.state} />
      <ErrorBox {...props} />
    </div>
  );
}
