import { AppButton, Busy, ErrorBox, type ScreenProps } from '../../screenKit';

type Json = Record<string, unknown>;

const list = (value: unknown) => (Array.isArray(value) && value.length ? value.join(', ') : 'none');

function Row({ name, children }: { name: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{name}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function PoolView({ pool }: { pool: Json }) {
  const policy = ((pool['Policies'] as Json | undefined)?.['PasswordPolicy'] ?? {}) as Json;
  const required = ((pool['SchemaAttributes'] as Json[] | undefined) ?? []).filter((a) => a['Required']).map((a) => a['Name']);
  const rules = [
    `at least ${String(policy['MinimumLength'] ?? '?')} characters`,
    policy['RequireUppercase'] && 'an upper-case letter',
    policy['RequireLowercase'] && 'a lower-case letter',
    policy['RequireNumbers'] && 'a number',
    policy['RequireSymbols'] && 'a symbol',
  ].filter(Boolean);
  return (
    <section aria-label="User pool (DescribeUserPool)" className="settings">
      <h4>User pool</h4>
      <dl className="attributes">
        <Row name="Name">{String(pool['Name'])}</Row>
        <Row name="Id">
          <span className="mono">{String(pool['Id'])}</span>
        </Row>
        <Row name="Password policy">{rules.join(', ')}</Row>
        <Row name="Required attributes">{list(required)}</Row>
        <Row name="Verified automatically">{list(pool['AutoVerifiedAttributes'])}</Row>
        <Row name="Sign in with">{pool['UsernameAttributes'] ? `${list(pool['UsernameAttributes'])} as username` : 'username'}</Row>
        <Row name="MFA">{String(pool['MfaConfiguration'] ?? 'OFF')}</Row>
        <Row name="Users">{String(pool['EstimatedNumberOfUsers'] ?? 0)}</Row>
      </dl>
    </section>
  );
}

function ClientView({ client }: { client: Json }) {
  const flows = (client['ExplicitAuthFlows'] as string[] | undefined) ?? [];
  const units = (client['TokenValidityUnits'] ?? {}) as Json;
  return (
    <section aria-label="App client (DescribeUserPoolClient)" className="settings">
      <h4>App client</h4>
      <dl className="attributes">
        <Row name="Name">{String(client['ClientName'] ?? '')}</Row>
        <Row name="Client id">
          <span className="mono">{String(client['ClientId'])}</span>
        </Row>
        <Row name="Client secret">
          {client['ClientSecret'] ? 'yes (every call needs a SECRET_HASH)' : 'none (a public client, like a browser or mobile app)'}
        </Row>
        <Row name="Auth flows">
          <ul className="flows">
            {flows.map((f) => (
              <li key={f} className="mono">
                {f}
              </li>
            ))}
          </ul>
          {!flows.includes('ALLOW_USER_PASSWORD_AUTH') && <span className="muted small">USER_PASSWORD_AUTH is not allowed.</span>}
        </Row>
        <Row name="Token lifetimes">
          ID {String(client['IdTokenValidity'] ?? 60)} {String(units['IdToken'] ?? 'minutes')}, access {String(client['AccessTokenValidity'] ?? 60)}{' '}
          {String(units['AccessToken'] ?? 'minutes')}, refresh {String(client['RefreshTokenValidity'] ?? 30)} {String(units['RefreshToken'] ?? 'days')}
        </Row>
      </dl>
    </section>
  );
}

/** The developer's view: what DescribeUserPool and DescribeUserPoolClient returned. */
export function PoolSettingsScreen(props: ScreenProps) {
  const { pool, client } = props.context;
  const poolJson = (pool && 'UserPool' in pool ? pool['UserPool'] : pool) as Json | undefined;
  const clientJson = (client && 'UserPoolClient' in client ? client['UserPoolClient'] : client) as Json | undefined;
  return (
    <div className="screen" role="group" aria-label="Pool settings">
      <h3 className="screen-title">Pool settings (developer console)</h3>
      {!poolJson && !clientJson && <p className="screen-text">Nothing read yet: the console calls DescribeUserPool and DescribeUserPoolClient.</p>}
      {poolJson && <PoolView pool={poolJson} />}
      {clientJson && <ClientView client={clientJson} />}
      {(poolJson || clientJson) && (
        <details className="raw-json">
          <summary>The raw JSON</summary>
          <pre tabIndex={0}>
            {JSON.stringify({ ...(poolJson ? { UserPool: poolJson } : {}), ...(clientJson ? { UserPoolClient: clientJson } : {}) }, null, 2)}
          </pre>
        </details>
      )}
      {(props.can({ type: 'console.describePool' }) || props.can({ type: 'console.describeClient' })) && (
        <div className="button-row">
          <AppButton props={props} event={{ type: 'console.describePool' }}>
            Describe the pool
          </AppButton>
          <AppButton props={props} event={{ type: 'console.describeClient' }}>
            Describe the app client
          </AppButton>
        </div>
      )}
      <Busy busy={props.busy} />
      <ErrorBox {...props} />
    </div>
  );
}
