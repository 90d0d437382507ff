import { describe, expect, it } from 'vitest';
import { s3 } from '../../../src/engine';
import { S3_MESSAGES } from '../../../src/engine/s3/lib/errors';
import { newCloud } from '../../support/cloud';
import { errorOf, send } from './support';

const config = (region: string) =>
  `<CreateBucketConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><LocationConstraint>${region}</LocationConstraint></CreateBucketConfiguration>`;

describe('CreateBucket', () => {
  it('creates a bucket in us-east-1 without a configuration, and records its region in the account-wide state', async () => {
    const cloud = await newCloud();
    const created = await send(cloud, 'PUT', 'https://s3.us-east-1.amazonaws.com/photos-2026');
    expect(created.status).toBe(200);
    expect(created.headers['location']).toBe('/photos-2026');
    expect(cloud.records(s3, 'eu-west-1').buckets['photos-2026']).toMatchObject({ name: 'photos-2026', region: 'us-east-1', createdAt: cloud.clock.now() });
    expect(Object.keys(cloud.snapshot().services[s3.id]!.regions)).toEqual(['global']);
  });

  it('creates a bucket outside us-east-1 with the LocationConstraint of the region it is sent to', async () => {
    const cloud = await newCloud();
    const created = await send(cloud, 'PUT', 'https://photos-2026.s3.eu-west-1.amazonaws.com/', { body: config('eu-west-1') });
    expect(created.status).toBe(200);
    expect(created.headers['location']).toBe('http://photos-2026.s3.amazonaws.com/');
    expect(cloud.records(s3).buckets['photos-2026']?.region).toBe('eu-west-1');
  });

  it('refuses a missing or a different LocationConstraint outside us-east-1 with IllegalLocationConstraintException', async () => {
    const cloud = await newCloud();
    const missing = await send(cloud, 'PUT', 'https://s3.eu-west-1.amazonaws.com/photos-2026');
    expect(missing.status).toBe(400);
    expect(errorOf(missing.text)).toMatchObject({ Code: 'IllegalLocationConstraintException', Message: S3_MESSAGES.unspecifiedLocationConstraint });
    const other = await send(cloud, 'PUT', 'https://s3.eu-west-1.amazonaws.com/photos-2026', { body: config('ap-south-1') });
    expect(errorOf(other.text)).toMatchObject({
      Code: 'IllegalLocationConstraintException',
      Message: 'The ap-south-1 location constraint is incompatible for the region specific endpoint this request was sent to.',
    });
  });

  it('refuses us-east-1 or an unknown region as a LocationConstraint with InvalidLocationConstraint', async () => {
    const cloud = await newCloud();
    for (const region of ['us-east-1', 'mars-1']) {
      const refused = await send(cloud, 'PUT', 'https://s3.us-east-1.amazonaws.com/photos-2026', { body: config(region) });
      expect(refused.status).toBe(400);
      expect(errorOf(refused.text)).toMatchObject({
        Code: 'InvalidLocationConstraint',
        Message: 'The specified location-constraint is not valid',
        LocationConstraint: region,
      });
    }
  });

  it('refuses a name S3 does not allow with InvalidBucketName', async () => {
    const cloud = await newCloud();
    for (const name of ['ab', 'Photos', 'my..bucket', '192.168.1.1', '-photos', 'amzn-s3-demo-mine']) {
      const refused = await send(cloud, 'PUT', `https://s3.us-east-1.amazonaws.com/${name}`);
      expect(errorOf(refused.text)).toMatchObject({ Code: 'InvalidBucketName', Message: 'The specified bucket is not valid.', BucketName: name });
    }
  });

  it('answers BucketAlreadyOwnedByYou (409) for your own bucket, but 200 again in us-east-1 (its legacy answer)', async () => {
    const cloud = await newCloud();
    await send(cloud, 'PUT', 'https://s3.eu-west-1.amazonaws.com/photos-2026', { body: config('eu-west-1') });
    const again = await send(cloud, 'PUT', 'https://s3.eu-west-1.amazonaws.com/photos-2026', { body: config('eu-west-1') });
    expect(again.status).toBe(409);
    expect(errorOf(again.text)).toMatchObject({ Code: 'BucketAlreadyOwnedByYou', Message: S3_MESSAGES.bucketAlreadyOwnedByYou, BucketName: 'photos-2026' });

    await send(cloud, 'PUT', 'https://s3.amazonaws.com/legacy-2026');
    expect((await send(cloud, 'PUT', 'https://s3.amazonaws.com/legacy-2026')).status).toBe(200);
    const elsewhere = await send(cloud, 'PUT', 'https://s3.eu-west-1.amazonaws.com/legacy-2026', { body: config('eu-west-1') });
    expect(errorOf(elsewhere.text).Code).toBe('BucketAlreadyOwnedByYou');
  });

  it('answers BucketAlreadyExists (409) for a name another account owns', async () => {
    const cloud = await newCloud();
    const taken = await send(cloud, 'PUT', 'https://s3.us-east-1.amazonaws.com/examplebucket');
    expect(taken.status).toBe(409);
    expect(errorOf(taken.text)).toMatchObject({ Code: 'BucketAlreadyExists', Message: S3_MESSAGES.bucketAlreadyExists });
  });

  it('is callable through the facade, which sends what an SDK would', async () => {
    const cloud = await newCloud({ region: 'eu-west-1' });
    expect(await cloud.s3.createBucket({ Bucket: 'facade-bucket', CreateBucketConfiguration: { LocationConstraint: 'eu-west-1' } })).toEqual({
      Location: 'http://facade-bucket.s3.amazonaws.com/',
    });
    expect((await cloud.s3.listBuckets({})).Buckets).toEqual([{ Name: 'facade-bucket', CreationDate: new Date(cloud.clock.now()), BucketRegion: 'eu-west-1' }]);
  });
});
