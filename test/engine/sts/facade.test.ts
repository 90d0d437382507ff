import { describe, expect, it } from 'vitest';
import { sts } from '../../../src/engine';
import { newCloud } from '../../support/cloud';

describe('STS through the facade (AWS Query requests built inside the cloud)', () => {
  it('answers cloud.sts.getCallerIdentity({}) as the administrator, logged as a form request to the global host', async () => {
    const cloud = await newCloud({ accountId: '111122223333' });
    expect(await cloud.sts.getCallerIdentity({})).toEqual({ UserId: '111122223333', Account: '111122223333', Arn: 'arn:aws:iam::111122223333:root' });
    const entry = cloud.log.entries.at(-1)!;
    expect(entry).toMatchObject({ service: sts.id, action: 'GetCallerIdentity', status: 200 });
    expect(entry.http.request).toMatchObject({ method: 'POST', url: 'https://sts.amazonaws.com/', body: 'Action=GetCallerIdentity&Version=2011-06-15' });
  });
});
