import type { z } from 'zod';

/**
 * Reads a small JSON object written by Headroom (a lock, the latest
 * pointer) as its schema says, or undefined when the bytes are not JSON
 * or not of that shape: the callers treat such an object as absent.
 *
 * @param schema - the object's schema
 * @param bytes - the object as stored
 * @returns the parsed value, if it is one
 * @example
 * parseJsonAs(LOCK_SCHEMA, await store.get('state/run.lock'));
 */
export function parseJsonAs<S extends z.ZodType>(
  schema: S,
  bytes: Uint8Array,
): z.output<S> | undefined {
  try {
    const parsed = schema.safeParse(
      JSON.parse(new TextDecoder().decode(bytes)),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
