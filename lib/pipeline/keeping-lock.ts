import type { QueryEngine } from '#lib/ports/query-engine';

/**
 * The engine, renewing the rollup lock before each write to the lake
 * (`writePartitions`, `writeInventory`); every other method as it is.
 *
 * @param engine - the query engine
 * @param keep - renews the lock when due (`holdLock`'s)
 * @returns the engine, keeping the lock on its writes
 * @example
 * await holdLock(place, deps, (keep) =>
 *   rollupLake({ ...deps, engine: keepingLock(deps.engine, keep) }, input));
 */
export function keepingLock(
  engine: QueryEngine,
  keep: () => Promise<void>,
): QueryEngine {
  return new Proxy(engine, {
    get(target, name) {
      const value = Reflect.get(target, name, target);
      if (typeof value !== 'function') return value;
      if (name !== 'writePartitions' && name !== 'writeInventory') {
        return value.bind(target);
      }
      return async (...args: unknown[]) => {
        await keep();
        return value.apply(target, args);
      };
    },
  });
}
