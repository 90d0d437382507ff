// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { ADMIN_ACCESS_KEY_ID, ADMIN_SECRET_ACCESS_KEY, type LogEntry } from '../../../src/engine';
import { signedFetch } from '../../../src/flows/signing';
import { keyDerivation, maskSecret, sigV4Pieces } from '../../../src/ui/inspectors/requests/sigv4Pieces';
import { SigningSteps } from '../../../src/ui/inspectors/requests/SigningSteps';
import { identityLog } from '../../flows/diagrams/identityLog';

afterEach(cleanup);

const latest = (entries: readonly LogEntry[], action: string) => entries.findLast((e) => e.action === action)!;

describe('SigV4 pieces of a logged request', () => {
  it('recomputes the canonical request, string to sign and signature of a signed S3 PutObject as the app’s signer made them', async () => {
    const log = await identityLog();
    const entries = log.cloud.log.entries;
    const pieces = sigV4Pieces(latest(entries, 'PutObject'), entries)!;
    expect(pieces.accessKeyId).toBe(log.credentials.accessKeyId);
    expect(pieces.steps.canonicalRequest).toBe(log.put.steps!.canonicalRequest);
    expect(pieces.steps.stringToSign).toBe(log.put.steps!.stringToSign);
    expect(pieces.steps.credentialScope).toBe('20260115/us-east-1/s3/aws4_request');
    expect(pieces.steps.signature).toBe(log.put.steps!.signature);
    expect(pieces.matches).toBe(true);
    expect(pieces.secret).toBe(log.credentials.secretAccessKey);
    expect(pieces.secretFrom).toBe('GetCredentialsForIdentity’s answer');
  });

  it('derives the signing key in four steps, and kSigning signs the string to sign into the request’s signature', async () => {
    const log = await identityLog();
    const entries = log.cloud.log.entries;
    const pieces = sigV4Pieces(latest(entries, 'UpdateRecords'), entries)!;
    expect(pieces.derivation!.map(({ name, keyFrom, data }) => [name, keyFrom, data])).toEqual([
      ['kDate', '"AWS4" + secret', '20260115'],
      ['kRegion', 'kDate', 'us-east-1'],
      ['kService', 'kRegion', 'cognito-sync'],
      ['kSigning', 'kService', 'aws4_request'],
    ]);
    const kDate = hmac(sha256, utf8ToBytes(`AWS4${log.credentials.secretAccessKey}`), utf8ToBytes('20260115'));
    expect(pieces.derivation![0]!.hex).toBe(bytesToHex(kDate));
    const kSigning = hexToBytes(pieces.derivation![3]!.hex);
    expect(bytesToHex(hmac(sha256, kSigning, utf8ToBytes(pieces.steps.stringToSign)))).toBe(pieces.steps.claimedSignature);
  });

  it('knows the administrator’s example pair, for a Query request signed with it', async () => {
    const log = await identityLog();
    await signedFetch(
      log.cloud,
      { accessKeyId: ADMIN_ACCESS_KEY_ID, secretAccessKey: ADMIN_SECRET_ACCESS_KEY },
      {
        method: 'POST',
        url: 'https://sts.amazonaws.com/',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'Action=GetCallerIdentity&Version=2011-06-15',
        service: 'sts',
        region: 'us-east-1',
      },
    );
    const pieces = sigV4Pieces(log.cloud.log.latest!, log.cloud.log.entries)!;
    expect(pieces.secretFrom).toBe('the account’s example administrator key pair');
    expect(pieces.matches).toBe(true);
    expect(pieces.steps.canonicalRequest.split('\n').slice(0, 3)).toEqual(['POST', '/', '']);
  });

  it('shows only the sent signature when the log does not hold the secret, and no pieces for an unsigned request', async () => {
    const log = await identityLog();
    const entries = log.cloud.log.entries;
    const put = latest(entries, 'PutObject');
    const alone = sigV4Pieces(put, [put])!;
    expect(alone.secret).toBeUndefined();
    expect(alone.derivation).toBeUndefined();
    expect(alone.steps.signature).toBe(log.put.steps!.signature);
    expect(alone.steps.canonicalRequest).toBe(log.put.steps!.canonicalRequest);
    expect(sigV4Pieces(latest(entries, 'GetCredentialsForIdentity'), entries)).toBeUndefined();
  });

  it('says the signature differs when the logged request was changed after signing', async () => {
    const log = await identityLog();
    const entries = log.cloud.log.entries;
    const put = latest(entries, 'PutObject');
    const changed = { ...put, http: { ...put.http, request: { ...put.http.request, url: put.http.request.url.replace('hello.txt', 'other.txt') } } };
    const pieces = sigV4Pieces(changed, entries)!;
    expect(pieces.matches).toBe(false);
    expect(pieces.steps.claimedSignature).toBe(log.put.steps!.signature);
  });

  it('derives keys as AWS documents it (its example: wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY, 20120215, us-east-1, iam)', () => {
    const steps = keyDerivation('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20120215/us-east-1/iam/aws4_request');
    expect(steps.at(-1)!.hex).toBe('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
  });
});

describe('SigningSteps', () => {
  it('lists the four pieces and masks the secret until the learner reveals it', async () => {
    const log = await identityLog();
    const entries = log.cloud.log.entries;
    render(<SigningSteps entry={latest(entries, 'GetObject')} entries={entries} />);
    expect(screen.getByText('SigV4 signature, step by step')).toBeTruthy();
    expect(screen.getByLabelText('GetObject canonical request').textContent).toMatch(/^GET\n\/us-east-1:/);
    expect(screen.getByLabelText('GetObject string to sign').textContent).toMatch(
      /^AWS4-HMAC-SHA256\n20260115T090000Z\n20260115\/us-east-1\/s3\/aws4_request\n[0-9a-f]{64}$/,
    );
    expect(screen.getByLabelText('GetObject signing key derivation').textContent).toContain('kSigning = HMAC-SHA256(kService, "aws4_request")');
    const secret = log.credentials.secretAccessKey;
    expect(document.body.textContent).not.toContain(secret);
    expect(document.body.textContent).toContain(maskSecret(secret));
    fireEvent.click(screen.getByRole('button', { name: 'Reveal the secret' }));
    expect(document.body.textContent).toContain(secret);
    fireEvent.click(screen.getByRole('button', { name: 'Hide the secret' }));
    expect(document.body.textContent).not.toContain(secret);
  });
});
