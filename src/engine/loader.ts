/**
 * Each service's model and code, loaded once, the first time the service is asked anything: a lesson that never calls a
 * service never downloads them (each is a chunk of its own in the build). A failed load is forgotten, so the next request
 * tries again.
 */
import type { ActionContext } from './context';
import { CloudError, messageOf } from './kernel/errors';
import type { ServiceModel } from './protocol/validate';
import type { AnyService, ServiceCode } from './services';

export type Handlers = Record<string, (ctx: ActionContext, input: unknown) => unknown>;

export class ServiceLoader {
  readonly #models = new Map<string, Promise<ServiceModel>>();
  readonly #code = new Map<string, Promise<ServiceCode<unknown, Handlers>>>();

  model(service: AnyService): Promise<ServiceModel> {
    return once(this.#models, service, () => service.model(), 'model');
  }

  code(service: AnyService): Promise<ServiceCode<unknown, Handlers>> {
    return once(this.#code, service, () => service.code(), 'code');
  }
}

function once<T>(cache: Map<string, Promise<T>>, service: AnyService, load: () => Promise<T>, what: string): Promise<T> {
  let loading = cache.get(service.id);
  if (!loading) {
    loading = load().catch((error: unknown) => {
      cache.delete(service.id);
      throw new CloudError('InternalFailure', `The simulator could not load the ${what} of ${service.id}: ${messageOf(error)}. Try again.`, 500);
    });
    cache.set(service.id, loading);
  }
  return loading;
}
