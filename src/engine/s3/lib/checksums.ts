/**
 * The checksums S3 verifies and keeps (PutObject's `x-amz-checksum-*`, in a header or an aws-chunked trailer, and
 * `Content-MD5`), and the ETag: the quoted hex MD5 of the body. CRC32 and CRC32C as the SDKs compute them (@aws-crypto),
 * the hashes from @noble/hashes; each is the digest's big-endian bytes in base64.
 * SIMPLIFIED: CRC64NVME (and SHA512, MD5 as `x-amz-checksum-*`) are neither verified nor kept: no library here computes
 * CRC64NVME, and the SDKs' default is CRC32. S3 also adds a CRC64NVME checksum of its own to objects sent without one.
 */
import { crc32 } from '@aws-crypto/crc32';
import { crc32c } from '@aws-crypto/crc32c';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { fromBase64, toBase64 } from '../../protocol/wire';
import type { ChecksumMember, Checksums } from '../model';
import { s3Error, S3_MESSAGES } from './errors';

const word = (n: number): Uint8Array => Uint8Array.of((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);

/** Each checksum S3 verifies: its output member, the name its messages use, its header, and the digest. */
const ALGORITHMS: readonly { member: ChecksumMember; name: string; header: string; digest: (b: Uint8Array) => Uint8Array }[] = [
  { member: 'ChecksumCRC32', name: 'CRC32', header: 'x-amz-checksum-crc32', digest: (b) => word(crc32(b)) },
  { member: 'ChecksumCRC32C', name: 'CRC32C', header: 'x-amz-checksum-crc32c', digest: (b) => word(crc32c(b)) },
  { member: 'ChecksumSHA1', name: 'SHA1', header: 'x-amz-checksum-sha1', digest: sha1 },
  { member: 'ChecksumSHA256', name: 'SHA256', header: 'x-amz-checksum-sha256', digest: sha256 },
];

/** The ETag S3 gives an object uploaded in one part: `"<hex md5>"`. */
export const etagOf = (body: Uint8Array): string => `"${bytesToHex(md5(body))}"`;

/**
 * The checksums a PutObject request sent, each verified against the body: a mismatch is BadDigest, a value that is not
 * the digest's size in base64 is InvalidRequest.
 */
export function verifiedChecksums(request: Partial<Record<ChecksumMember | 'ContentMD5', string>>, body: Uint8Array): Checksums {
  if (request.ContentMD5 !== undefined) {
    const sent = fromBase64(request.ContentMD5);
    if (!sent || sent.length !== 16) throw s3Error('InvalidDigest', S3_MESSAGES.invalidDigest, 400, { 'Content-MD5': request.ContentMD5 });
    if (toBase64(md5(body)) !== request.ContentMD5) throw s3Error('BadDigest', S3_MESSAGES.badContentMd5, 400);
  }
  const kept: Checksums = {};
  for (const algorithm of ALGORITHMS) {
    const sent = request[algorithm.member];
    if (sent === undefined) continue;
    const actual = algorithm.digest(body);
    if (fromBase64(sent)?.length !== actual.length) throw s3Error('InvalidRequest', S3_MESSAGES.invalidChecksum(algorithm.header), 400);
    if (toBase64(actual) !== sent) throw s3Error('BadDigest', S3_MESSAGES.badDigest(algorithm.name), 400);
    kept[algorithm.member] = sent;
  }
  return kept;
}

/** The checksum of `body` by `algorithm` (`CRC32`, `SHA256`…), base64; for tests and inspectors. */
export function checksumOf(algorithm: string, body: Uint8Array): string | undefined {
  const found = ALGORITHMS.find((a) => a.name === algorithm);
  return found ? toBase64(found.digest(body)) : undefined;
}
