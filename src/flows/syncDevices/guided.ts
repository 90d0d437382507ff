/** The sync-devices flow's guided actions: the buttons the two devices' screens offer, pressed for the learner. */
import type { GuidedAction } from '../types';
import { SYNC_KEYS } from './scenario';
import type { DeviceId } from './syncSteps';

const on = (device: DeviceId, type: string, label: string): GuidedAction => ({ label, plan: () => ({ events: [{ type, device }], appTab: 'app' }) });
const edit = (device: DeviceId, key: string, value: string): GuidedAction => ({
  label: `On the ${device}, set ${key} to ${value}`,
  plan: () => ({ events: [{ type: 'device.edit', device, key, value }], appTab: 'app' }),
});
const only = (type: string, label: string): GuidedAction => ({ label, plan: () => ({ events: [{ type }], appTab: 'app' }) });

export const syncDevicesGuided: Record<string, GuidedAction> = {
  'devices.connect': only('devices.connect', 'Sign in on both devices'),
  'phone.setThemeLight': edit('phone', SYNC_KEYS.theme, 'light'),
  'phone.setThemeDark': edit('phone', SYNC_KEYS.theme, 'dark'),
  'phone.setFontLarge': edit('phone', SYNC_KEYS.font, 'large'),
  'tablet.setThemeBlue': edit('tablet', SYNC_KEYS.theme, 'blue'),
  'phone.sync': on('phone', 'device.sync', 'Sync the phone'),
  'tablet.sync': on('tablet', 'device.sync', 'Sync the tablet'),
  'phone.goOffline': on('phone', 'device.goOffline', 'Take the phone offline'),
  'phone.goOnline': on('phone', 'device.goOnline', 'Bring the phone back online (it syncs)'),
  'conflicts.ask': only('conflicts.ask', 'Let me resolve sync conflicts'),
  'conflicts.lastWriterWins': only('conflicts.lastWriterWins', 'Resolve sync conflicts by the last writer (the SDK default)'),
  'conflict.resolveWithRemoteRecord': only('conflict.resolveWithRemoteRecord', 'Keep the other device’s value (resolveWithRemoteRecord)'),
  'conflict.resolveWithLocalRecord': only('conflict.resolveWithLocalRecord', 'Keep this device’s value (resolveWithLocalRecord)'),
  'conflict.resolveWithValue': {
    label: 'Resolve with a new value: green (resolveWithValue)',
    plan: () => ({ events: [{ type: 'conflict.resolveWithValue', value: 'green' }], appTab: 'app' }),
  },
};
