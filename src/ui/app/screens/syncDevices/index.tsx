/** The sync-devices flow's screen: the two devices side by side, each with its local copy of the dataset. */
import type { ReactNode } from 'react';
import type { EventObject } from 'xstate';
import type { SyncConflict } from '../../../../flows/syncDevices/deviceStore';
import { SYNC_KEYS } from '../../../../flows/syncDevices/scenario';
import type { SyncDevicesContext } from '../../../../flows/syncDevices/setup';
import { DEVICE_IDS, DEVICE_LABELS, type DeviceId } from '../../../../flows/syncDevices/syncSteps';
import { AppButton, AppField, Busy, ErrorBox, type ScreenProps } from '../../screenKit';

const viewOf = (props: ScreenProps) => props.context as unknown as Partial<SyncDevicesContext>;
const time = (ms: number) => new Date(ms).toISOString().slice(11, 19);

function Device({ props, device }: { props: ScreenProps; device: DeviceId }) {
  const state = viewOf(props).devices?.[device];
  const records = Object.values(state?.dataset.records ?? {});
  const typed = props.context.form?.[device] ?? '';
  return (
    <section className="device" aria-label={DEVICE_LABELS[device]}>
      <h4>
        {DEVICE_LABELS[device]} — {state?.online ? 'online' : 'offline'}
      </h4>
      <table className="results">
        <caption>Local dataset (LastSyncCount {state?.dataset.lastSyncCount ?? 0})</caption>
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Value</th>
            <th scope="col">SyncCount</th>
            <th scope="col">Changed here</th>
            <th scope="col">Modified</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r) => (
            <tr key={r.key}>
              <th scope="row" className="mono">
                {r.key}
              </th>
              <td className="mono">{r.value ?? '(removed)'}</td>
              <td>{r.syncCount}</td>
              <td>{r.dirty ? 'yes, not pushed yet' : 'no'}</td>
              <td>{time(r.deviceLastModified)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <AppField {...props} field={device} label={`Theme on the ${device}`} />
      <div className="button-row">
        <AppButton props={props} event={{ type: 'device.edit', device, key: SYNC_KEYS.theme, value: typed } as EventObject}>
          Save on the {device}
        </AppButton>
        <AppButton props={props} event={{ type: 'device.sync', device } as EventObject} primary>
          Sync the {device}
        </AppButton>
        {state?.online ? (
          <AppButton props={props} event={{ type: 'device.goOffline', device } as EventObject}>
            Go offline
          </AppButton>
        ) : (
          <AppButton props={props} event={{ type: 'device.goOnline', device } as EventObject}>
            Back online (syncs)
          </AppButton>
        )}
      </div>
    </section>
  );
}

function Conflict({ props, conflict }: { props: ScreenProps; conflict: SyncConflict }) {
  const remoteDate = (conflict.remote.DeviceLastModifiedDate ?? conflict.remote.LastModifiedDate ?? 0) * 1000;
  return (
    <section className="conflict" role="alert" aria-label="Sync conflict">
      <h4>Sync conflict on {conflict.key}</h4>
      <p className="screen-text">
        This device changed it to <span className="mono">{conflict.local.value ?? '(removed)'}</span> at {time(conflict.local.deviceLastModified)}; the other
        device to <span className="mono">{conflict.remote.Value ?? '(removed)'}</span> at {time(remoteDate)} (SyncCount {conflict.remote.SyncCount}).
      </p>
      <div className="button-row">
        <AppButton props={props} event={{ type: 'conflict.resolveWithRemoteRecord' }}>
          Keep the other device’s value
        </AppButton>
        <AppButton props={props} event={{ type: 'conflict.resolveWithLocalRecord' }}>
          Keep this device’s value
        </AppButton>
        <AppButton props={props} event={{ type: 'conflict.resolveWithValue', value: 'green' } as EventObject}>
          Use green instead
        </AppButton>
      </div>
    </section>
  );
}

function SyncDevices(props: ScreenProps) {
  const view = viewOf(props);
  const signedIn = props.state !== 'signedOut' && props.state !== 'connectFailed' && !props.state.startsWith('connecting');
  const report = view.report;
  return (
    <div className="screen" role="group" aria-label="Two devices">
      <h3 className="screen-title">One user, two devices</h3>
      {!signedIn ? (
        <div className="button-row">
          <AppButton props={props} event={{ type: 'devices.connect' }} primary>
            Sign in on both devices
          </AppButton>
        </div>
      ) : (
        <>
          <p className="screen-text">
            Identity <span className="mono">{view.devices?.phone.identityId}</span> on both. Conflicts:{' '}
            {view.policy === 'ask' ? 'you choose' : 'the later change wins (the SDK default)'}.
          </p>
          <div className="button-row">
            <AppButton props={props} event={{ type: view.policy === 'ask' ? 'conflicts.lastWriterWins' : 'conflicts.ask' }}>
              {view.policy === 'ask' ? 'Let the later change win' : 'Let me resolve conflicts'}
            </AppButton>
          </div>
          {DEVICE_IDS.map((device) => (
            <Device key={device} props={props} device={device} />
          ))}
          {view.conflicts?.[0] && <Conflict props={props} conflict={view.conflicts[0]} />}
          {report && (
            <p className="screen-text" aria-live="polite">
              Last sync ({report.device}): {report.pulled} record(s) pulled, {report.pushed} pushed
              {report.resolved
                .map((r) => `; ${r.key} resolved with the ${r.chose === 'value' ? 'new value' : `${r.chose} record`} (${r.value ?? 'removed'})`)
                .join('')}
              {report.conflictError ? `; the first push met ${report.conflictError.code}, so the device pulled again` : ''}.
            </p>
          )}
        </>
      )}
      <Busy busy={props.busy} />
      <ErrorBox {...props} />
    </div>
  );
}

export const syncDevicesScreens: Record<string, (props: ScreenProps) => ReactNode> = { syncDevices: SyncDevices };
