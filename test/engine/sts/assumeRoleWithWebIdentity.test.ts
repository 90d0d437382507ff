import { describe, expect, it } from 'vitest';
import { sts } from '../../../src/engine';
import { newCloud } from '../../support/cloud';
import { issueTestCredentials } from '../../support/credentials';

describe('AssumeRoleWithWebIdentity', () => {
  it('issues credentials for a role that trusts the identity pool, kept in STS’s store', async () => {
    const cloud = await newCloud({ accountId: '111122223333' });
    const issued = await issueTestCredentials(cloud);
    expect(issued.assumedRoleArn).toBe('arn:aws:sts::111122223333:assumed-role/test-guest-role/test-session');
    expect(cloud.records(sts).credentials[issued.credentials.accessKeyId]).toMatchObject({ SessionToken: issued.credentials.sessionToken });
  });
});
