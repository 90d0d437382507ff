/**
 * A protocol whose code (and its libraries: fast-xml-parser for REST-XML and Query) loads with its service's model, the first time
 * the service is asked anything: a lesson that never calls S3 never downloads an XML parser. The router reads only its
 * `id`; the cloud calls the rest after the model has loaded, and the descriptor's `model()` awaits `load()`.
 */
import { invariant } from '../kernel/invariant';
import type { Protocol } from './wire';

export type LazyProtocol = Protocol & { load(): Promise<void> };

export function lazyProtocol(id: Protocol['id'], load: () => Promise<Protocol>): LazyProtocol {
  let loaded: Protocol | undefined;
  const impl = (): Protocol => {
    invariant(loaded, `the ${id} protocol was used before its service's model loaded`);
    return loaded;
  };
  return {
    id,
    async load() {
      loaded ??= await load();
    },
    operationOf: (request, model) => impl().operationOf(request, model),
    parse: (request, model, operation) => impl().parse(request, model, operation),
    serialize: (model, operation, output, meta) => impl().serialize(model, operation, output, meta),
    serializeError: (error, meta, model) => impl().serializeError(error, meta, model),
    request(model, operation, input, url) {
      const protocol = impl();
      invariant(protocol.request, `the ${id} protocol cannot yet be called from inside the cloud`);
      return protocol.request(model, operation, input, url);
    },
  };
}

/** AWS Query (STS, IAM) and its XML builder, loaded with the first Query service's model. */
export const lazyQuery = lazyProtocol('query', () => import('./query').then((loaded) => loaded.query));
