import { describe, expect, it } from 'vitest';
import { createCloud, s3 } from '../../../src/engine';
import { cloudWithBucket, send } from './support';

describe('S3 state', () => {
  it('shows inspectors every bucket and object, without bodies', async () => {
    const cloud = await cloudWithBucket('seen-bucket', 'eu-west-1');
    await send(cloud, 'PUT', 'https://seen-bucket.s3.eu-west-1.amazonaws.com/b.txt', {
      headers: { 'content-type': 'text/plain', 'x-amz-meta-a': '1' },
      body: 'hello',
    });
    await send(cloud, 'PUT', 'https://s3.us-east-1.amazonaws.com/another-bucket');
    expect(cloud.inspect(s3)).toEqual({
      buckets: [
        { name: 'another-bucket', region: 'us-east-1', createdAt: cloud.clock.now(), objects: [] },
        {
          name: 'seen-bucket',
          region: 'eu-west-1',
          createdAt: cloud.clock.now(),
          objects: [
            {
              key: 'b.txt',
              size: 5,
              etag: '"5d41402abc4b2a76b9719d911017c592"',
              contentType: 'text/plain',
              lastModified: cloud.clock.now(),
              metadata: { a: '1' },
              checksums: [],
            },
          ],
        },
      ],
    });
  });

  it('survives a snapshot: a restored cloud serves the same bytes', async () => {
    const cloud = await cloudWithBucket('kept-bucket', 'eu-west-1');
    const bytes = Uint8Array.from([0, 255, 128, 7]);
    await send(cloud, 'PUT', 'https://kept-bucket.s3.eu-west-1.amazonaws.com/bin', { body: bytes });
    const restored = await createCloud({ snapshot: JSON.parse(JSON.stringify(cloud.snapshot())) });
    const got = await send(restored as Parameters<typeof send>[0], 'GET', 'https://kept-bucket.s3.eu-west-1.amazonaws.com/bin');
    expect(got.bytes).toEqual(bytes);
  });
});
