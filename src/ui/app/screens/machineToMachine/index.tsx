/**
 * The machine-to-machine flow's screens: the console's resource server and app client forms, then the back-end job (its
 * client id and secret, the token request it sends, the token, and your API's answer).
 */
import { AppButton, AppField, Busy, type ScreenProps } from '../../screenKit';
import { MachineJob, OAuthError, viewOf } from './job';

/** The console's "Create resource server": an identifier, a name, and the custom scopes. */
function ResourceServerForm(props: ScreenProps) {
  return (
    <div className="screen" role="group" aria-label="Create resource server">
      <h3 className="screen-title">Create resource server (console)</h3>
      <p className="screen-text small">
        A resource server is your API as the pool knows it. Its scopes become <span className="mono">&lt;identifier&gt;/&lt;scope name&gt;</span> in tokens.
      </p>
      <AppField {...props} field="identifier" label="Resource server identifier" hint="often the API's URL, e.g. https://api.example.com" />
      <AppField {...props} field="serverName" label="Resource server name" />
      <AppField {...props} field="scopes" label="Custom scopes" hint="scope names separated by spaces, e.g. orders.read orders.write" />
      <div className="button-row">
        <AppButton props={props} event={{ type: 'resourceServer.create' }} primary>
          Create resource server
        </AppButton>
      </div>
      <Busy busy={props.busy} />
      <OAuthError {...props} />
    </div>
  );
}

/** The console's machine-to-machine app client: a secret, the client_credentials grant, custom scopes only. */
function MachineClientForm(props: ScreenProps) {
  const { resourceServer } = viewOf(props);
  return (
    <div className="screen" role="group" aria-label="Create app client">
      <h3 className="screen-title">Create app client for a machine (console)</h3>
      {resourceServer && (
        <p className="screen-text small" role="status">
          Resource server <span className="mono">{resourceServer.Identifier}</span> created with the scopes{' '}
          {resourceServer.Scopes.map((s) => (
            <span key={s.ScopeName} className="mono">
              {resourceServer.Identifier}/{s.ScopeName}{' '}
            </span>
          ))}
        </p>
      )}
      <AppField {...props} field="clientName" label="App client name" />
      <AppField {...props} field="generateSecret" label="Generate a client secret" hint="yes or no (a machine's client must have one)" />
      <AppField {...props} field="clientScopes" label="Allowed custom scopes" hint="<identifier>/<scope name>, separated by spaces" />
      <p className="screen-text small">
        OAuth grant type: Client credentials (<span className="mono">AllowedOAuthFlows: ["client_credentials"]</span>). No callback URL: no browser is involved.
      </p>
      <div className="button-row">
        <AppButton props={props} event={{ type: 'client.create' }} primary>
          Create app client
        </AppButton>
      </div>
      <Busy busy={props.busy} />
      <OAuthError {...props} />
    </div>
  );
}

export const machineToMachineScreens = {
  resourceServerForm: ResourceServerForm,
  machineClientForm: MachineClientForm,
  machineJob: MachineJob,
};
