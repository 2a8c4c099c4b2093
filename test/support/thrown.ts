import { RecountError } from "#engine/diagnostics/recount-error.ts";

/** The RecountError that `body` throws; any other outcome fails the test. */
export function thrownError(body: () => unknown): RecountError {
  try {
    body();
  } catch (error) {
    if (error instanceof RecountError) return error;
    throw error;
  }
  throw new Error("expected a RecountError");
}

/** The RecountError that `body` throws, as an editor reads it. */
export function thrown(body: () => unknown): string {
  return thrownError(body).format();
}

/** The RecountError that `promise` rejects with; any other outcome fails the test. */
export async function rejectedError(promise: Promise<unknown>): Promise<RecountError> {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (error instanceof RecountError) return error;
  throw error ?? new Error("expected a RecountError");
}

/** The RecountError that `promise` rejects with, as an editor reads it. */
export async function rejected(promise: Promise<unknown>): Promise<string> {
  return (await rejectedError(promise)).format();
}
