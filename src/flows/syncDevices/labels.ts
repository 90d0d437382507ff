/**
 * The labels of the syncDevices flow's guided actions, by id: loaded with the page (the lesson shows them and checks its action ids),
 * while the plans (guided.ts) load with the flow's machine. test/flows/guided.test.ts checks both name the same actions.
 */
/** What `syncDevicesGuided` (./guided.ts) can do, by action id: its labels. */
export const syncDevicesLabels: Record<string, string> = {
  'devices.connect': 'Sign in on both devices',
  'phone.setThemeLight': 'On the phone, set theme to light',
  'phone.setThemeDark': 'On the phone, set theme to dark',
  'phone.setFontLarge': 'On the phone, set font to large',
  'tablet.setThemeBlue': 'On the tablet, set theme to blue',
  'phone.sync': 'Sync the phone',
  'tablet.sync': 'Sync the tablet',
  'phone.goOffline': 'Take the phone offline',
  'phone.goOnline': 'Bring the phone back online (it syncs)',
  'conflicts.ask': 'Let me resolve sync conflicts',
  'conflicts.lastWriterWins': 'Resolve sync conflicts by the last writer (the SDK default)',
  'conflict.resolveWithRemoteRecord': 'Keep the other device’s value (resolveWithRemoteRecord)',
  'conflict.resolveWithLocalRecord': 'Keep this device’s value (resolveWithLocalRecord)',
  'conflict.resolveWithValue': 'Resolve with a new value: green (resolveWithValue)',
};
