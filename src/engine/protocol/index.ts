/** The wire protocols, by the id a service descriptor names. */
import type { ProtocolId } from '../services';
import { jsonProtocol } from './json11';
import type { Protocol } from './wire';

const PROTOCOLS: Partial<Record<ProtocolId, Protocol>> = { json: jsonProtocol };

export function protocolFor(id: ProtocolId): Protocol {
  const protocol = PROTOCOLS[id];
  if (!protocol) throw new Error(`The ${id} protocol is not simulated yet.`);
  return protocol;
}
