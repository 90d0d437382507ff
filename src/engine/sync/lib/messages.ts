/** What Amazon Cognito Sync answers, in its own words where they are known ([O]), else the simulator's ([U]). */
export const SYNC_MESSAGES = {
  /** [O] the 409 a stale record patch gets (amazon-archives/amazon-cognito-js#31, aws/aws-sdk-net#391). */
  conflict: (key: string, current: number, sent: number) => `Current SyncCount for: ${key} is: ${current} not: ${sent}`,
  /** [O] an UpdateRecords whose token was issued for other inputs (widdix/complete-aws-iam-reference#65); [U] the same for an unknown or expired one. */
  badSession: 'SyncSessionToken not valid for these inputs',
  /** [O] a ListRecords asking for changes after a SyncCount the dataset never reached (amazon-archives/aws-sdk-unity#94). */
  noSuchSyncCount: (count: number) => `No such SyncCount: ${count} exists for this Dataset`,
  /** [U] */
  poolNotFound: (id: string) => `IdentityPool '${id}' not found.`,
  /** [U] */
  identityNotFound: (id: string) => `Identity '${id}' not found.`,
  /** [U] the identity pool's words for an identity it disabled (merged into another, or its last login unlinked). */
  identityDisabled: (id: string) => `Identity '${id}' is disabled.`,
  /** [U] */
  datasetNotFound: (name: string) => `Dataset '${name}' not found.`,
  /** [U] the limits are documented (20 datasets per identity; 1 MB and 1,024 records per dataset), the words are not. */
  tooManyDatasets: 'The identity has reached the limit of 20 datasets.',
  tooManyRecords: 'The dataset has reached the limit of 1024 records.',
  tooLarge: 'The dataset has reached the limit of 1 MB.',
  /** [U] */
  badNextToken: 'The NextToken is invalid.',
} as const;
