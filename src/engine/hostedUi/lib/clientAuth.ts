/**
 * Who is calling an OAuth endpoint: the app client, authenticated as Cognito accepts it (client_secret_basic or
 * client_secret_post; a public client only names itself with `client_id`).
 */
import { lookup } from '../../kernel/records';
import type { WireRequest } from '../../protocol/wire';
import type { UserPoolClientRecord, UserPoolRecord } from '../../userPool/model';
import { problem } from './oauthErrors';

/** `Authorization: Basic base64(client_id:client_secret)`, each part form-encoded first (RFC 6749 §2.3.1); undefined without one. */
function basicCredentials(request: WireRequest): { id: string; secret: string } | undefined {
  const header = request.headers['authorization'];
  if (header === undefined) return undefined;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match) throw problem('invalid_client');
  let decoded: string;
  try {
    decoded = atob(match[1]!);
  } catch {
    throw problem('invalid_client');
  }
  const colon = decoded.indexOf(':');
  if (colon < 0) throw problem('invalid_client');
  const part = (text: string) => {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return text;
    }
  };
  return { id: part(decoded.slice(0, colon)), secret: part(decoded.slice(colon + 1)) };
}

/**
 * The app client a request authenticates as, in the pool the domain belongs to. `invalidClientStatus` is the status the
 * endpoint answers `invalid_client` with (400 at the token endpoint per its documented sample, 401 at the revocation
 * endpoint).
 */
export function authenticateClient(
  pool: UserPoolRecord,
  request: WireRequest,
  parameters: Record<string, string>,
  invalidClientStatus: number,
): UserPoolClientRecord {
  const basic = basicCredentials(request);
  const bodyId = parameters['client_id'];
  // [U] RFC 6749 §2.3: a client uses one authentication method per request.
  if (basic && parameters['client_secret'] !== undefined) throw problem('invalid_request');
  if (basic && bodyId !== undefined && bodyId !== basic.id) throw problem('invalid_client', invalidClientStatus);
  const clientId = basic?.id ?? bodyId;
  // [U] A request that names no client is malformed rather than unauthenticated.
  if (clientId === undefined) throw problem('invalid_request');
  const client = lookup(pool.clients, clientId);
  if (!client) throw problem('invalid_client', invalidClientStatus);
  const secret = basic?.secret ?? parameters['client_secret'];
  if (client.ClientSecret !== undefined ? secret !== client.ClientSecret : secret !== undefined && secret !== '') {
    // A confidential client without its secret (or with a wrong one), or a public client claiming a secret it has not [U].
    throw problem('invalid_client', invalidClientStatus);
  }
  return client;
}
