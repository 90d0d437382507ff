import { describe, expect, it } from 'vitest';
import { newCloud } from '../../support/cloud';
import { createRole } from './support';

describe('ListRoles', () => {
  it('lists every role by name without tags, untruncated', async () => {
    const cloud = await newCloud();
    await createRole(cloud, 'beta', { Tags: [{ Key: 'k', Value: 'v' }] });
    await createRole(cloud, 'Alpha');
    const out = await cloud.iam.listRoles({});
    expect(out.IsTruncated).toBe(false);
    expect(out.Marker).toBeUndefined();
    expect(out.Roles.map((r) => r.RoleName)).toEqual(['Alpha', 'beta']);
    expect(out.Roles[1]!.Tags).toBeUndefined();
  });

  it('filters by PathPrefix', async () => {
    const cloud = await newCloud();
    await createRole(cloud, 'a', { Path: '/apps/web/' });
    await createRole(cloud, 'b', { Path: '/apps/' });
    await createRole(cloud, 'c');
    expect((await cloud.iam.listRoles({ PathPrefix: '/apps/' })).Roles.map((r) => r.RoleName)).toEqual(['a', 'b']);
    expect((await cloud.iam.listRoles({ PathPrefix: '/apps/web/' })).Roles.map((r) => r.RoleName)).toEqual(['a']);
  });

  it('pages with MaxItems and Marker', async () => {
    const cloud = await newCloud();
    for (const name of ['r1', 'r2', 'r3', 'r4', 'r5']) await createRole(cloud, name);
    const first = await cloud.iam.listRoles({ MaxItems: 2 });
    expect(first.Roles.map((r) => r.RoleName)).toEqual(['r1', 'r2']);
    expect(first.IsTruncated).toBe(true);
    const second = await cloud.iam.listRoles({ MaxItems: 2, Marker: first.Marker! });
    expect(second.Roles.map((r) => r.RoleName)).toEqual(['r3', 'r4']);
    const last = await cloud.iam.listRoles({ MaxItems: 2, Marker: second.Marker! });
    expect(last).toMatchObject({ IsTruncated: false });
    expect(last.Roles.map((r) => r.RoleName)).toEqual(['r5']);
  });
});
