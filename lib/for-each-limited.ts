/**
 * Runs `act` on each item, at most `limit` at a time, in the items' order
 * of starting; resolves when all are done, rejects on the first failure.
 * After a failure no item starts (those already started run on): a
 * publish that has failed must not go on writing files after saying so.
 *
 * @param items - what to act on
 * @param limit - how many at once (e.g. 8 writes, 4 CPU-bound pages)
 * @param act - the work for one item and its index
 * @returns when every item is done
 * @example
 * await forEachLimited(keys, 8, (key) => store.delete([key]));
 */
export async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  act: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    for (let i = next++; i < items.length && !failed; i = next++) {
      try {
        await act(items[i]!, i);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
