import { fromBase64, text, toBase64, uriEscape, utf8 } from '../../protocol/wire';
import { bucketFor, type S3Context } from '../lib/buckets';
import { s3Error, S3_MESSAGES } from '../lib/errors';

export interface ListObjectsV2Request {
  Bucket: string;
  Prefix?: string;
  Delimiter?: string;
  MaxKeys?: number;
  ContinuationToken?: string;
  StartAfter?: string;
  FetchOwner?: boolean;
  EncodingType?: string;
}

export interface ListedObject {
  Key: string;
  LastModified: Date;
  ETag: string;
  Size: number;
  StorageClass: 'STANDARD';
  ChecksumAlgorithm?: string[];
  ChecksumType?: 'FULL_OBJECT';
}

export interface ListObjectsV2Response {
  Name: string;
  Prefix: string;
  Delimiter?: string;
  MaxKeys: number;
  KeyCount: number;
  IsTruncated: boolean;
  Contents?: ListedObject[];
  CommonPrefixes?: { Prefix: string }[];
  ContinuationToken?: string;
  NextContinuationToken?: string;
  StartAfter?: string;
  EncodingType?: string;
}

const MAX_KEYS = 1000;

/** Where a page ends: after a key, or after every key under a common prefix. Opaque to callers (base64). */
interface Marker {
  after: string;
  rolledUp: boolean;
}
const encodeToken = (m: Marker): string => toBase64(utf8(`${m.rolledUp ? 'p' : 'k'}:${m.after}`));
function decodeToken(token: string): Marker {
  const plain = text(fromBase64(token) ?? new Uint8Array([0xff]));
  if (!plain || !/^[pk]:/.test(plain)) {
    throw s3Error('InvalidArgument', S3_MESSAGES.invalidContinuationToken, 400, { ArgumentName: 'continuation-token', ArgumentValue: token });
  }
  return { after: plain.slice(2), rolledUp: plain.startsWith('p') };
}

/**
 * ListObjectsV2: the bucket's keys in order, under `Prefix`, after `StartAfter` or the page the `ContinuationToken` ends;
 * with a `Delimiter`, keys that hold it past the prefix roll up into `CommonPrefixes`, each counting as one of `MaxKeys`
 * (default and most 1000). `KeyCount` counts both; `IsTruncated` and `NextContinuationToken` say there is more.
 * `EncodingType=url` (boto3 always asks it) URL-encodes the keys and prefixes in the answer.
 * SIMPLIFIED: keys compare as UTF-16 (S3 orders UTF-8 bytes: the same outside astral characters); no Owner (FetchOwner).
 */
export function listObjectsV2(ctx: S3Context, request: ListObjectsV2Request): ListObjectsV2Response {
  const bucket = bucketFor(ctx, request.Bucket);
  const maxKeys = request.MaxKeys ?? MAX_KEYS;
  if (maxKeys < 0) throw s3Error('InvalidArgument', S3_MESSAGES.invalidMaxKeys, 400, { ArgumentName: 'max-keys', ArgumentValue: String(maxKeys) });
  const limit = Math.min(maxKeys, MAX_KEYS);
  const prefix = request.Prefix ?? '';
  const delimiter = request.Delimiter || undefined;
  const token = request.ContinuationToken !== undefined ? decodeToken(request.ContinuationToken) : undefined;
  const startAfter = request.StartAfter ?? '';
  const contents: ListedObject[] = [];
  const prefixes: string[] = [];
  let last: Marker | undefined;
  let truncated = false;
  const keys = Object.keys(bucket.objects)
    .filter((key) => key.startsWith(prefix) && key > startAfter && (!token || (key > token.after && !(token.rolledUp && key.startsWith(token.after)))))
    .sort();
  for (const key of keys) {
    const cut = delimiter ? key.indexOf(delimiter, prefix.length) : -1;
    const rolled = cut >= 0 ? key.slice(0, cut + delimiter!.length) : undefined;
    if (rolled !== undefined && prefixes.at(-1) === rolled) continue;
    if (contents.length + prefixes.length >= limit) {
      truncated = limit > 0;
      break;
    }
    if (rolled !== undefined) {
      prefixes.push(rolled);
      last = { after: rolled, rolledUp: true };
    } else {
      const object = bucket.objects[key]!;
      const algorithms = Object.keys(object.checksums).map((member) => member.replace('Checksum', ''));
      contents.push({
        Key: key,
        LastModified: new Date(object.lastModified),
        ETag: object.etag,
        Size: object.size,
        StorageClass: 'STANDARD',
        ...(algorithms.length > 0 ? { ChecksumAlgorithm: algorithms, ChecksumType: 'FULL_OBJECT' as const } : {}),
      });
      last = { after: key, rolledUp: false };
    }
  }
  // [U] which characters S3 leaves unescaped: here RFC 3986's unreserved ones and `/`.
  const url = request.EncodingType === 'url';
  const encode = (value: string) => (url ? value.split('/').map(uriEscape).join('/') : value);
  for (const item of contents) item.Key = encode(item.Key);
  return {
    Name: bucket.name,
    Prefix: encode(prefix),
    ...(request.Delimiter !== undefined ? { Delimiter: encode(request.Delimiter) } : {}),
    MaxKeys: maxKeys,
    KeyCount: contents.length + prefixes.length,
    IsTruncated: truncated,
    ...(contents.length > 0 ? { Contents: contents } : {}),
    ...(prefixes.length > 0 ? { CommonPrefixes: prefixes.map((p) => ({ Prefix: encode(p) })) } : {}),
    ...(request.ContinuationToken !== undefined ? { ContinuationToken: request.ContinuationToken } : {}),
    ...(truncated && last ? { NextContinuationToken: encodeToken(last) } : {}),
    ...(request.StartAfter !== undefined ? { StartAfter: encode(request.StartAfter) } : {}),
    ...(url ? { EncodingType: 'url' } : {}),
  };
}
