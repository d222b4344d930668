/**
 * Runs `act` on each item, at most `limit` at a time, in the items' order
 * of starting; resolves when all are done, rejects with the first failure
 * once the items already started have ended. After a failure no item
 * starts: a publish that has failed must not go on writing files after
 * saying so, nor a rollup after its lock is released.
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
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    for (let i = next++; i < items.length && !failure; i = next++) {
      try {
        await act(items[i]!, i);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  // Every worker ends before the first failure is thrown: the caller's
  // next step (releasing a lock; a Lambda returning, which freezes what
  // still runs until its next invocation) must come after the writes under
  // way, not beside them.
  await Promise.all(Array.from({ length: limit }, worker));
  if (failure) throw failure.error;
}
