/**
 * A stored object's bytes as UTF-8 text, as the ObjectStore contract
 * suites compare them.
 *
 * @param bytes - what `ObjectStore.get` returned
 * @returns the text, or undefined for a missing object
 * @example
 * text(await store.get('reports/a.txt')); // 'a'
 */
export const text = (bytes: Uint8Array | undefined) =>
  bytes === undefined ? undefined : new TextDecoder().decode(bytes);
