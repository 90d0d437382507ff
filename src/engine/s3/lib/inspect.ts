/**
 * S3's read model: what inspectors may see of the account's buckets and objects, as plain copies (bodies left out; their
 * size, ETag and type are shown). Never the records the actions change.
 */
import type { S3State } from '../model';

export interface ObjectView {
  key: string;
  size: number;
  etag: string;
  contentType: string;
  /** Epoch ms. */
  lastModified: number;
  metadata: Record<string, string>;
  /** Checksum algorithms kept (`CRC32`, `SHA256`). */
  checksums: string[];
}

export interface BucketView {
  name: string;
  region: string;
  /** Epoch ms. */
  createdAt: number;
  /** In key order. */
  objects: ObjectView[];
}

export interface S3View {
  /** By name. */
  buckets: BucketView[];
}

/** Every bucket of the account (one state: `regions` holds only `global`). `regions` is already a copy. */
export function inspectS3(regions: Record<string, S3State>): S3View {
  const buckets = Object.values(regions)
    .flatMap((state) => Object.values(state.buckets))
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((bucket) => ({
      name: bucket.name,
      region: bucket.region,
      createdAt: bucket.createdAt,
      objects: Object.values(bucket.objects)
        .sort((a, b) => (a.key < b.key ? -1 : 1))
        .map((o) => ({
          key: o.key,
          size: o.size,
          etag: o.etag,
          contentType: o.contentType,
          lastModified: o.lastModified,
          metadata: o.metadata,
          checksums: Object.keys(o.checksums).map((member) => member.replace('Checksum', '')),
        })),
    }));
  return { buckets };
}
