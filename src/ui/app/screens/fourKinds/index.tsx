/** The four-kinds flow's screens: pick a kind of user, then try the same requests with that kind's credentials. */
import type { ReactNode } from 'react';
import { FOUR_KINDS_ACTIONS, type ActionResult } from '../../../../flows/fourKinds/actionList';
import { KIND_LABELS, KINDS, type Kind } from '../../../../flows/fourKinds/kinds';
import type { RoleClaims } from '../../../../flows/fourKinds/setup';
import { explainError } from '../../errorWords';
import { AppButton, Busy, ErrorBox, type ScreenProps } from '../../screenKit';

interface FourKindsView {
  kind?: Kind;
  claims?: RoleClaims;
  identityId?: string;
  results?: Record<string, ActionResult>;
  setup?: { mapping?: 'Token' | 'Rules' };
}

const viewOf = (props: ScreenProps) => props.context as FourKindsView;

function ChooseKind(props: ScreenProps) {
  const { setup } = viewOf(props);
  return (
    <div className="screen" role="group" aria-label="Who are you?">
      <h3 className="screen-title">Who are you?</h3>
      <p className="screen-text">
        One app, one identity pool, four kinds of user. The pool maps each to its own role{' '}
        {setup?.mapping === 'Rules' ? 'by rules on the ID token’s claims' : 'by the ID token’s cognito:preferred_role'}.
      </p>
      <div className="button-row">
        {KINDS.map((kind) => (
          <AppButton key={kind} props={props} event={{ type: 'kind.choose', kind } as never} primary={kind === 'admin'}>
            {kind === 'guest' ? 'Continue as a guest' : `Sign in: ${KIND_LABELS[kind]}`}
          </AppButton>
        ))}
      </div>
      <Busy busy={props.busy} />
      <ErrorBox {...props} />
    </div>
  );
}

function Decision({ result }: { result: ActionResult | undefined }) {
  if (!result) return <span>Not tried yet</span>;
  if (result.allowed) return <strong>Allowed</strong>;
  return (
    <span>
      <strong>Denied</strong> — {explainError({ code: result.code ?? `Http${result.status}`, message: result.message ?? '' }).words}{' '}
      <span className="aws-code">{result.code}</span>: {result.message}
    </span>
  );
}

function Actions(props: ScreenProps) {
  const { kind, claims, identityId, results } = viewOf(props);
  return (
    <div className="screen" role="group" aria-label="Try the same requests">
      <h3 className="screen-title">{kind ? KIND_LABELS[kind] : 'Credentials'}</h3>
      <p className="screen-text">
        Identity <span className="mono">{identityId}</span>
        {claims?.preferredRole ? (
          <>
            , preferred role <span className="mono">{claims.preferredRole}</span>
          </>
        ) : null}
        {claims?.plan ? (
          <>
            , plan <span className="mono">{claims.plan}</span>
          </>
        ) : null}
        .
      </p>
      <table className="results">
        <caption>The same requests, signed with this kind’s credentials</caption>
        <thead>
          <tr>
            <th scope="col">Request</th>
            <th scope="col">Decision</th>
          </tr>
        </thead>
        <tbody>
          {FOUR_KINDS_ACTIONS.map((action) => (
            <tr key={action.id}>
              <th scope="row">{action.label}</th>
              <td>
                <Decision result={results?.[action.id]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <AppButton props={props} event={{ type: 'actions.run' }} primary>
          Try every request
        </AppButton>
        <AppButton props={props} event={{ type: 'kind.change' }}>
          Choose another kind of user
        </AppButton>
      </div>
      <Busy busy={props.busy} />
      <ErrorBox {...props} />
    </div>
  );
}

export const fourKindsScreens: Record<string, (props: ScreenProps) => ReactNode> = { fourKindsChoose: ChooseKind, fourKindsActions: Actions };
