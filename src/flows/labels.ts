/**
 * The labels of the actions every flow offers (`commonGuided` in guided.ts), by id: loaded with the page, while the
 * plans load with the flow's machine. Each flow's `labels.ts` does the same for its own actions.
 */
export const commonLabels: Record<string, string> = {
  'inbox.open': 'Open the inbox',
  'app.open': 'Back to the app',
  'clock.advance5m': 'Wait 5 minutes',
  'clock.advanceHour': 'Wait an hour',
  'clock.advanceDay': 'Wait a day',
};
