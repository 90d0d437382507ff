/** The discovery document (OpenID Connect Discovery 1.0 §3) and the JWKS, as JSON. */
import type { WireResponse } from '../../protocol/wire';
import { jwks } from './idToken';
import type { IdpVisit } from './provider';
import { jsonAnswer } from './token';

export function discoveryAnswer(document: Record<string, unknown>): WireResponse {
  return { ...jsonAnswer(200, document), headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=3600' } };
}

export async function jwksAnswer(visit: IdpVisit): Promise<WireResponse> {
  const document = await jwks(visit.ctx, visit.provider);
  return { ...jsonAnswer(200, document), headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=3600' } };
}
