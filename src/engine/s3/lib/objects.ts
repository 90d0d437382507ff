import type { ObjectRecord } from '../model';

/** What GetObject and HeadObject answer of an object in headers. */
export interface ObjectHeaders {
  ETag: string;
  ContentLength: number;
  ContentType: string;
  LastModified: Date;
  AcceptRanges: 'bytes';
  Metadata: Record<string, string>;
  CacheControl?: string;
  ContentDisposition?: string;
  ContentEncoding?: string;
  ContentLanguage?: string;
  ChecksumCRC32?: string;
  ChecksumCRC32C?: string;
  ChecksumSHA1?: string;
  ChecksumSHA256?: string;
  ChecksumType?: 'FULL_OBJECT';
}

/** An object's headers; its checksums only when the request asked for them (`x-amz-checksum-mode: ENABLED`). */
export function objectHeaders(object: ObjectRecord, checksumMode: string | undefined): ObjectHeaders {
  const checksums = checksumMode === 'ENABLED' ? object.checksums : {};
  return {
    AcceptRanges: 'bytes',
    LastModified: new Date(object.lastModified),
    ContentLength: object.size,
    ETag: object.etag,
    ContentType: object.contentType,
    ...object.headers,
    Metadata: { ...object.metadata },
    ...checksums,
    ...(Object.keys(checksums).length > 0 ? { ChecksumType: 'FULL_OBJECT' as const } : {}),
  };
}
