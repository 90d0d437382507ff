/**
 * What the identity side's snippets add to the generic ones in `snippets.ts`: a client built from the identity's temporary
 * credentials when the request was signed with them (an `ASIA…` key), an S3 object's body as the SDKs and the CLI take it
 * (bytes in boto3, a string in SDK v3, a file for `aws s3api`), and GetObject's output file, which the CLI requires.
 */
import { s3, type LogEntry } from '../../../engine';

/** An S3 object's bytes in a request (`PutObject`'s Body), with its text when it is UTF-8. */
export class BodyBytes {
  constructor(
    readonly bytes: Uint8Array,
    /** The file name the CLI reads it from: the key's last segment. */
    readonly file: string,
  ) {}
  get text(): string | undefined {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(this.bytes);
    } catch {
      return undefined;
    }
  }
  get hex(): string {
    return [...this.bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  }
}

/** A Body as the log keeps it: bytes, or (after a snapshot went through JSON) an object of numbered bytes. */
function bytesOf(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (typeof value === 'string') return new TextEncoder().encode(value);
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.every(([k, v]) => /^\d+$/.test(k) && typeof v === 'number')) return Uint8Array.from(entries.map(([, v]) => v as number));
  }
  return undefined;
}

const fileOf = (key: unknown) => (typeof key === 'string' && key.split('/').at(-1)) || 'body.bin';

/** The request's members as the SDKs take them: an S3 Body becomes BodyBytes. */
export function sdkInput(entry: Pick<LogEntry, 'service' | 'request'>): Record<string, unknown> {
  const r = entry.request;
  // Members the request left out (undefined) are not parameters at all.
  const request: Record<string, unknown> =
    r && typeof r === 'object' && !Array.isArray(r) ? Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined && v !== null)) : {};
  if (entry.service === s3.id && 'Body' in request) {
    const bytes = bytesOf(request['Body']);
    if (bytes) request['Body'] = new BodyBytes(bytes, fileOf(request['Key']));
  }
  return request;
}

/** The CLI's output file for GetObject (`aws s3api get-object … <outfile>`): the key's last segment. */
export function cliOutfile(entry: Pick<LogEntry, 'service' | 'action' | 'request'>): string | undefined {
  if (entry.service !== s3.id || entry.action !== 'GetObject') return undefined;
  return fileOf((entry.request as Record<string, unknown> | undefined)?.['Key']);
}

/** How the answer that issued a key names its members: the identity pool's `SecretKey`, or STS's `SecretAccessKey`. */
export interface Issuer {
  action: string;
  secretMember: 'SecretKey' | 'SecretAccessKey';
}

/** The request was signed with temporary credentials (an `ASIA…` key): the key, and the answer that issued it if logged. */
export function sessionSigner(entry: Pick<LogEntry, 'signedBy'>, entries: readonly LogEntry[] = []): { accessKeyId: string; issuer: Issuer } | undefined {
  const accessKeyId = entry.signedBy?.accessKeyId;
  if (!accessKeyId?.startsWith('ASIA')) return undefined;
  // The app's own request that got the key (GetCredentialsForIdentity), before a call made inside it (STS's, which has a parent).
  const issuing = [...entries]
    .sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)))
    .find((e) => credentialsIn(e)?.['AccessKeyId'] === accessKeyId);
  const credentials = issuing && credentialsIn(issuing);
  const secretMember = credentials && 'SecretAccessKey' in credentials ? 'SecretAccessKey' : 'SecretKey';
  return { accessKeyId, issuer: { action: issuing?.action ?? 'GetCredentialsForIdentity', secretMember } };
}

/** The temporary credentials an answer carries (GetCredentialsForIdentity's or AssumeRoleWithWebIdentity's), if any. */
export function credentialsIn(entry: Pick<LogEntry, 'response'>): Record<string, unknown> | undefined {
  const response = entry.response as { Credentials?: Record<string, unknown> } | undefined;
  return response?.Credentials && typeof response.Credentials === 'object' ? response.Credentials : undefined;
}

/** boto3's client arguments for the identity's credentials. */
export function pythonCredentials(signer: { issuer: Issuer }): string[] {
  return [
    `    aws_access_key_id=credentials["AccessKeyId"],`,
    `    aws_secret_access_key=credentials["${signer.issuer.secretMember}"],`,
    `    aws_session_token=credentials["SessionToken"],`,
  ];
}

/** SDK v3's client `credentials` for the identity's credentials. */
export function javascriptCredentials(signer: { issuer: Issuer }): string[] {
  return [
    '  credentials: {',
    '    accessKeyId: Credentials.AccessKeyId,',
    `    secretAccessKey: Credentials.${signer.issuer.secretMember},`,
    '    sessionToken: Credentials.SessionToken,',
    '  },',
  ];
}

/** The CLI reads temporary credentials from the environment; the secret is named, never printed. */
export function cliCredentials(signer: { accessKeyId: string; issuer: Issuer }): string[] {
  return [
    `# Credentials from ${signer.issuer.action}'s answer:`,
    `export AWS_ACCESS_KEY_ID=${signer.accessKeyId}`,
    `export AWS_SECRET_ACCESS_KEY="$${signer.issuer.secretMember === 'SecretKey' ? 'SECRET_KEY' : 'SECRET_ACCESS_KEY'}"`,
    'export AWS_SESSION_TOKEN="$SESSION_TOKEN"',
  ];
}

/** A request or answer with an S3 object's bytes (`Body`) as its text, or `<N bytes>` when it is not text: for the JSON views. */
export function readableBody(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value) || !('Body' in value)) return value;
  const bytes = bytesOf((value as { Body: unknown }).Body);
  if (!bytes) return value;
  const body = new BodyBytes(bytes, '');
  return { ...value, Body: body.text ?? `<${bytes.length} bytes>` };
}

/** What stands in for a secret access key on the Requests tab: the Credentials tab reveals it. */
export const MASKED_SECRET = '•••••••• (masked: the Credentials tab reveals it)';

/** Every secret access key the log's answers carry (GetCredentialsForIdentity's SecretKey, STS's SecretAccessKey). */
export function secretsIn(entries: readonly LogEntry[]): string[] {
  return entries.flatMap((entry) => {
    const credentials = credentialsIn(entry);
    return [credentials?.['SecretKey'], credentials?.['SecretAccessKey']].filter((s): s is string => typeof s === 'string' && s.length > 0);
  });
}

/** An answer with its Credentials' secret masked. */
export function maskedAnswer(value: unknown): unknown {
  const credentials = value && typeof value === 'object' ? (value as { Credentials?: unknown }).Credentials : undefined;
  if (!credentials || typeof credentials !== 'object') return value;
  const masked = Object.fromEntries(
    Object.entries(credentials).map(([k, v]) => [k, (k === 'SecretKey' || k === 'SecretAccessKey') && typeof v === 'string' ? MASKED_SECRET : v]),
  );
  return { ...(value as object), Credentials: masked };
}

/** Text (a raw HTTP answer) with every known secret masked. */
export function maskedText(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => out.split(secret).join(MASKED_SECRET), text);
}
