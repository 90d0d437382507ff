import { describe, expect, it } from 'vitest';
import { createCloud, sts } from '../../../src/engine';
import { Random, seedState } from '../../../src/engine/kernel/ids';
import { issueCredentials, issuedCredentials } from '../../../src/engine/sts/lib/credentials';
import type { StsState } from '../../../src/engine/sts/model';

const GRANT = {
  roleArn: 'arn:aws:iam::123456789012:role/Reader',
  roleId: 'AROAEXAMPLEEXAMPLE123',
  sessionName: 'app1',
  assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/Reader/app1',
  sessionPolicies: [],
  tags: {},
};

describe('STS state', () => {
  it('starts as an empty store of issued credentials, one for the whole account', async () => {
    const cloud = await createCloud();
    expect(cloud.records(sts)).toEqual({ credentials: {} });
    expect(cloud.records(sts, 'eu-west-1')).toBe(cloud.records(sts));
  });

  it('restores a snapshot of state version 1 (nothing kept) as an empty store', async () => {
    const cloud = await createCloud();
    const snapshot = JSON.parse(JSON.stringify(cloud.snapshot()));
    snapshot.services.sts = { version: 1, regions: { global: { version: 1 } } };
    const restored = await createCloud({ snapshot });
    expect(restored.records(sts)).toEqual({ credentials: {} });
    expect(restored.snapshot().services['sts']?.version).toBe(2);
  });

  it('keeps issued credentials across a snapshot', async () => {
    const cloud = await createCloud();
    const issued = issueCredentials(cloud.records(sts), new Random(seedState('x')), cloud.clock.now(), 900, GRANT);
    const restored = await createCloud({ snapshot: JSON.parse(JSON.stringify(cloud.snapshot())) });
    expect(issuedCredentials(restored.records(sts), issued.AccessKeyId)).toEqual(issued);
  });
});

describe('issueCredentials', () => {
  it('draws an ASIA key id, a 40-character secret and a long base64 session token from the seeded generator', () => {
    const state: StsState = { credentials: {} };
    const issued = issueCredentials(state, new Random(seedState('seed')), 1_000_000, 3600, GRANT);
    expect(issued.AccessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(issued.SecretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect(issued.SessionToken).toMatch(/^[A-Za-z0-9+/]{300,}={0,2}$/);
    expect(issued).toMatchObject({ Expiration: 1_000_000 + 3_600_000, issuedAt: 1_000_000, ...GRANT });
    expect(state.credentials[issued.AccessKeyId]).toBe(issued);
    // The same seed gives the same credentials.
    expect(issueCredentials({ credentials: {} }, new Random(seedState('seed')), 1_000_000, 3600, GRANT)).toEqual(issued);
  });

  it('knows only the keys it issued', () => {
    const state: StsState = { credentials: {} };
    issueCredentials(state, new Random(seedState('seed')), 0, 900, GRANT);
    expect(issuedCredentials(state, 'ASIAIOSFODNN7EXAMPLE')).toBeUndefined();
    expect(issuedCredentials(state, 'toString')).toBeUndefined();
  });
});
