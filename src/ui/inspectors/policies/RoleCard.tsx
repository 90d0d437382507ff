/** One role in play: its name and ARN, why it is shown, its trust policy, and its permissions policies in textboxes. */
import type { FlowError } from '../../../flows/types';
import { prettyJson, type PermissionsPolicy, type RoleInPlay } from './rolesInPlay';
import { refusalWords, wireCode } from './words';

export interface RoleCardProps {
  entry: RoleInPlay;
  /** The text each textbox shows, by policy key. */
  textOf(policy: PermissionsPolicy): string;
  onEdit(policy: PermissionsPolicy, text: string): void;
  errors: Record<string, FlowError>;
}

const KIND_WORDS = { inline: 'inline policy', managed: 'customer managed policy', awsManaged: 'AWS managed policy' } as const;

export function RoleCard({ entry, textOf, onEdit, errors }: RoleCardProps) {
  const { role, why, permissions } = entry;
  const id = `role-${role.name}`;
  return (
    <section className="role-card" aria-labelledby={id}>
      <h4 id={id} className="role-name">
        {role.name}
      </h4>
      <p className="mono muted role-arn">{role.arn}</p>
      <p className="muted">Shown because {why.join('; ')}.</p>
      <h5>Trust policy (who may assume the role)</h5>
      <figure className="policy-figure" aria-label={`Trust policy of ${role.name}`}>
        <pre className="policy-json">{prettyJson(role.trustPolicy)}</pre>
      </figure>
      <h5>Permissions policies (what its credentials may do)</h5>
      {permissions.length === 0 ? <p className="muted">None: every request made with this role's credentials is denied.</p> : null}
      {permissions.map((policy) => {
        const error = errors[policy.key];
        const field = `policy-${policy.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
        const label = `Permissions policy "${policy.name}" of ${role.name} (${KIND_WORDS[policy.kind]})`;
        if (policy.readOnly || policy.document === undefined)
          return (
            <div key={policy.key} className="policy-field">
              <p>
                {label}: <span className="muted">{policy.readOnly ?? 'not found'}</span>
              </p>
              {policy.document !== undefined ? (
                <figure className="policy-figure" aria-label={label}>
                  <pre className="policy-json">{prettyJson(policy.document)}</pre>
                </figure>
              ) : null}
            </div>
          );
        return (
          <div key={policy.key} className="policy-field">
            <label htmlFor={field}>{label}</label>
            <textarea
              id={field}
              className="policy-text mono"
              spellCheck={false}
              rows={Math.min(24, textOf(policy).split('\n').length + 1)}
              value={textOf(policy)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${field}-error` : `${field}-hint`}
              onChange={(event) => onEdit(policy, event.target.value)}
            />
            {error ? (
              <p id={`${field}-error`} className="policy-error" role="alert">
                {refusalWords(error, textOf(policy))}{' '}
                <span className="mono">
                  {wireCode(error.code)}: {error.message}
                </span>
              </p>
            ) : (
              <p id={`${field}-hint`} className="muted policy-hint">
                Edit it, then press Evaluate: it is saved first, with IAM{' '}
                {policy.kind === 'inline' ? 'PutRolePolicy' : 'CreatePolicyVersion (as the default version)'}.
              </p>
            )}
          </div>
        );
      })}
    </section>
  );
}
