/**
 * `cloud.cognitoIdp.signUp({...})`: each action of a service as a method, through the same pipeline as cloud.fetch.
 * A service's code loads on first use, so the methods are made as they are asked for; a name that is no action gets the
 * answer AWS gives an unknown operation. `then` is not a method, so a facade is never mistaken for a promise.
 */
export type FacadeMethods = Record<string, (request: unknown) => Promise<unknown>>;

export function makeFacade(call: (action: string, request: unknown) => Promise<unknown>): FacadeMethods {
  const methods = new Map<string, (request: unknown) => Promise<unknown>>();
  return new Proxy(Object.freeze({}) as FacadeMethods, {
    get: (_target, name) => {
      if (typeof name !== 'string' || name === 'then' || !/^[a-z]/.test(name)) return undefined;
      let method = methods.get(name);
      if (!method) {
        const action = name.charAt(0).toUpperCase() + name.slice(1);
        methods.set(name, (method = (request) => call(action, request)));
      }
      return method;
    },
  });
}
