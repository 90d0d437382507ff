import { expect } from 'vitest';

/** Asserts an SDK call rejects with AWS's error name, message and HTTP status, as the SDK itself reports them. */
export async function expectSdkError(promise: Promise<unknown>, name: string, message: string | RegExp, status = 400): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e as { name: string; message: string; $metadata?: { httpStatusCode?: number } },
  );
  if (!error) throw new Error(`expected the call to fail with ${name}, but it succeeded`);
  expect({ name: error.name, status: error.$metadata?.httpStatusCode }).toEqual({ name, status });
  if (typeof message === 'string') expect(error.message).toBe(message);
  else expect(error.message).toMatch(message);
}
