/**
 * S3's state: one for the account (bucket names are global across regions), each bucket with its region and its objects.
 * Plain JSON, so snapshots keep it: object bodies are base64.
 */
export interface S3State {
  buckets: Record<string, BucketRecord>;
}

export interface BucketRecord {
  name: string;
  /** Where it was created (its LocationConstraint, or us-east-1). */
  region: string;
  /** Epoch ms. */
  createdAt: number;
  objects: Record<string, ObjectRecord>;
}

/** The checksums S3 keeps of an object, base64, by the name of their algorithm's output member (`ChecksumCRC32`). */
export type Checksums = Partial<Record<ChecksumMember, string>>;
export type ChecksumMember = 'ChecksumCRC32' | 'ChecksumCRC32C' | 'ChecksumSHA1' | 'ChecksumSHA256';

export interface ObjectRecord {
  key: string;
  /** The bytes, base64. */
  body: string;
  size: number;
  /** The quoted hex MD5 of the body: `"5d41402abc4b2a76b9719d911017c592"`. */
  etag: string;
  /** Epoch ms. */
  lastModified: number;
  contentType: string;
  /** Cache-Control, Content-Disposition, Content-Encoding, Content-Language, Expires as sent, by output member name. */
  headers: Partial<Record<'CacheControl' | 'ContentDisposition' | 'ContentEncoding' | 'ContentLanguage', string>>;
  /** `x-amz-meta-*`, names lowercase. */
  metadata: Record<string, string>;
  checksums: Checksums;
}
